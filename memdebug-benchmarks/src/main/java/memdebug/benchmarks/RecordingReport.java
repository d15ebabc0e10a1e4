package memdebug.benchmarks;

import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import memdebug.spi.ProfileKind;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;

/**
 * A report provider that draws nothing: it keeps the last profile of each kind it was given, so a
 * benchmark can check that sampling ran, and writes an empty file. Used where the cost of drawing
 * is not what is measured.
 */
public final class RecordingReport implements ReportProvider {

    private final Map<ProfileKind, StackProfile> last = new ConcurrentHashMap<>();

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(StackProfile profile, OutputStream out) {
        last.put(profile.kind(), profile);
    }

    /** The CPU profile of the last report written, or null before the first. */
    public StackProfile last() {
        return last(ProfileKind.CPU);
    }

    /** The profile of {@code kind} of the last report written, or null before the first. */
    public StackProfile last(ProfileKind kind) {
        return last.get(kind);
    }
}
