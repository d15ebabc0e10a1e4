package memdebug.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import memdebug.api.MemDebugger;
import memdebug.examples.Planted;
import memdebug.spi.Frame;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;
import memdebug.testkit.ChildJvm;

/**
 * The child side of {@link AttributionSuite}: profiles {@link Planted} (where {@code a()} does
 * three times {@code b()}'s work) with one backend at 10 ms and prints {@code a}'s share of the
 * CPU time attributed to {@code a} and {@code b}, by weight and by sample count, as one
 * {@code RESULT} line.
 */
public final class AttributionRun {

    private AttributionRun() {
    }

    /** @param args the backend ({@code jmx} or {@code async-profiler}) and the run time in ms (default 2000) */
    public static void main(String[] args) throws Exception {
        String backend = args[0];
        long millis = args.length > 1 ? Long.parseLong(args[1]) : 2000;
        Path dir = Files.createTempDirectory("memdebug-attribution");
        RecordingReport report = new RecordingReport();
        MemDebugger memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false)
                .directory(dir).interval(Duration.ofMillis(10)).metrics(Backends.provider(backend)).report(report)
                .writeOnExit(false).build();
        memdebug.profile();
        Planted.run(millis);
        memdebug.writeProfile().ifPresent(f -> f.toFile().delete());
        dir.toFile().delete();
        StackProfile p = report.last();
        long[] a = cum(p, "Planted.a");
        long[] b = cum(p, "Planted.b");
        System.out.println(ChildJvm.RESULT + String.format(Locale.ROOT, "%.4f\t%.4f\t%d\t%s",
                share(a[1], b[1]), share(a[0], b[0]), a[0] + b[0], p.info().engine()));
    }

    /** Samples and weight of the stacks that pass through the function {@code name} (ends with). */
    private static long[] cum(StackProfile p, String name) {
        long[] total = new long[2];
        for (StackSample s : p.stacks()) {
            for (Frame f : s.frames()) {
                if (f.name().replace('/', '.').endsWith(name)) {
                    total[0] += s.samples();
                    total[1] += s.weight();
                    break;
                }
            }
        }
        return total;
    }

    private static double share(long a, long b) {
        return a + b == 0 ? Double.NaN : (double) a / (a + b);
    }
}
