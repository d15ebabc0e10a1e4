package memdebug.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import memdebug.api.MemDebugger;
import memdebug.examples.Planted;
import memdebug.examples.PlantedSmallAllocations;
import memdebug.spi.Frame;
import memdebug.spi.ProfileKind;
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

    /**
     * @param args the backend (see {@link Backends#provider}), the run time in ms (default 2000), and
     *             the workload: {@code cpu} (default; one platform thread), {@code cpu-virtual} (four
     *             virtual threads, JDK 21+) or {@code alloc} ({@code PlantedSmallAllocations}, bytes)
     */
    public static void main(String[] args) throws Exception {
        String backend = args[0];
        long millis = args.length > 1 ? Long.parseLong(args[1]) : 2000;
        String workload = args.length > 2 ? args[2] : "cpu";
        boolean alloc = workload.equals("alloc");
        Path dir = Files.createTempDirectory("memdebug-attribution");
        RecordingReport report = new RecordingReport();
        MemDebugger memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false)
                .directory(dir).interval(Duration.ofMillis(10)).metrics(Backends.provider(backend)).report(report)
                .profiles(alloc ? "alloc" : "cpu").writeOnExit(false).build();
        memdebug.profile();
        switch (workload) {
            case "alloc" -> PlantedSmallAllocations.run(millis);
            case "cpu-virtual" -> Planted.runOnVirtualThreads(4, millis);
            default -> Planted.run(millis);
        }
        memdebug.writeProfile().ifPresent(f -> f.toFile().delete());
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        dir.toFile().delete();
        StackProfile p = report.last(alloc ? ProfileKind.ALLOC : ProfileKind.CPU);
        String planted = alloc ? "PlantedSmallAllocations." : "Planted.";
        long[] a = cum(p, planted + "a");
        long[] b = cum(p, planted + "b");
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
