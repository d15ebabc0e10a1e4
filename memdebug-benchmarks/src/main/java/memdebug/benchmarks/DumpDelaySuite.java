package memdebug.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import memdebug.api.MemDebugger;

/**
 * How long after {@code dumpProfile()} its file exists, per backend: one thread runs
 * {@link CpuWork} while profiling at 10 ms; every {@code gapMillis} the main thread calls
 * {@code dumpProfile()} and waits for the future, which completes when the interval's file has
 * been written. The report draws nothing (PDF drawing time is measured by PdfRenderBenchmark), so
 * the delay is the backend's: jfr waits for its event stream, which delivers about a second late,
 * to pass the interval's end.
 *
 * <pre>java --enable-native-access=ALL-UNNAMED -cp target/benchmarks.jar memdebug.benchmarks.DumpDelaySuite [dumps] [gapMillis] [backends]</pre>
 */
public final class DumpDelaySuite {

    private static volatile boolean stop;

    private DumpDelaySuite() {
    }

    /** @param args dumps per backend (default 20), pause between dumps in ms (default 500), backends (default all) */
    public static void main(String[] args) throws Exception {
        int dumps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long gap = args.length > 1 ? Long.parseLong(args[1]) : 500;
        List<String> backends = args.length > 2 ? List.of(args[2].split(",")) : Backends.ALL;
        Thread worker = new Thread(() -> {
            long sink = 0;
            while (!stop) {
                sink += CpuWork.spin(sink, 100_000);
            }
            if (sink == 42) {
                System.out.print("");
            }
        }, "worker");
        worker.start();
        Path dir = Files.createTempDirectory("memdebug-delay");
        System.out.println("JDK: " + Runtime.version() + "; " + dumps + " dumps " + gap + " ms apart");
        System.out.println("| backend | dumps | delay to the file: median | p90 | max |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String backend : backends) {
            MemDebugger memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false)
                    .directory(dir).interval(Duration.ofMillis(10)).metrics(Backends.provider(backend))
                    .report(new RecordingReport()).writeOnExit(false).build();
            memdebug.profile();
            double[] millis = new double[dumps];
            Thread.sleep(gap);
            memdebug.dumpProfile().get(1, TimeUnit.MINUTES); // the first dump warms up, not counted
            for (int i = 0; i < dumps; i++) {
                Thread.sleep(gap);
                long t0 = System.nanoTime();
                Path file = memdebug.dumpProfile().get(1, TimeUnit.MINUTES);
                millis[i] = (System.nanoTime() - t0) / 1e6;
                Files.deleteIfExists(file);
            }
            memdebug.writeReports().ifPresent(r -> r.files().forEach(f -> f.toFile().delete()));
            double[] sorted = millis.clone();
            java.util.Arrays.sort(sorted);
            Summary s = Summary.of(millis);
            System.out.println(String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %.0f ms |", backend, dumps,
                    s.median(), sorted[(int) Math.ceil(0.9 * sorted.length) - 1], s.max()));
        }
        stop = true;
        worker.join();
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }
}
