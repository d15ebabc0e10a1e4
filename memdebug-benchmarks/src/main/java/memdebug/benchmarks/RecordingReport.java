package memdebug.benchmarks;

import java.io.OutputStream;
import memdebug.spi.StackProfile;
import memdebug.spi.ReportProvider;

/**
 * A report provider that draws nothing: it keeps the last profile it was given, so a benchmark
 * can check that sampling ran, and writes an empty file. Used where the cost of drawing is not
 * what is measured.
 */
public final class RecordingReport implements ReportProvider {

    private volatile StackProfile last;

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(StackProfile profile, OutputStream out) {
        last = profile;
    }

    /** The profile of the last report written, or null before the first. */
    public StackProfile last() {
        return last;
    }
}
