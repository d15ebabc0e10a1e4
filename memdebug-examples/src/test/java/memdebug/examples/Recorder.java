package memdebug.examples;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/** A report provider that keeps the profiles it is given, for checks on the numbers. */
final class Recorder implements ReportProvider {

    final List<StackProfile> profiles = new CopyOnWriteArrayList<>();

    @Override
    public String fileExtension() {
        return "rec";
    }

    @Override
    public void write(StackProfile profile, OutputStream out) {
        profiles.add(profile);
    }

    /** Weight of the stacks that contain a frame named {@code function} (each stack once). */
    static long weightUnder(StackProfile p, String function) {
        long w = 0;
        for (StackSample s : p.stacks()) {
            if (s.frames().stream().anyMatch(f -> f.name().equals(function))) {
                w += s.weight();
            }
        }
        return w;
    }
}
