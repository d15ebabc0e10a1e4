package memdebug.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import memdebug.api.MemDebugger;
import memdebug.spi.StackProfile;

/**
 * CPU profiling overhead measured side by side: 20 threads run {@link CpuWork} without pause,
 * while the main thread cycles through windows with profiling off, on with jmx, and on with
 * async-profiler (10 ms), the order rotating each round. Each window lets the state settle for
 * 300 ms, then counts operations for {@code windowMillis}. A window's throughput is compared
 * with the off window of the same round, so slow drifts of a shared machine cancel out. Prints
 * the median per-round ratio of each backend.
 *
 * <pre>java --enable-native-access=ALL-UNNAMED -cp target/benchmarks.jar memdebug.benchmarks.OverheadSuite [rounds] [windowMillis]</pre>
 */
public final class OverheadSuite {

    private static final int THREADS = 20;
    private static final String[] CASES = {"off", "jmx", "async-profiler"};

    private static volatile boolean stop;

    private OverheadSuite() {
    }

    /** @param args rounds (default 10), window length in ms (default 1000) */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long window = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        AtomicLongArray ops = new AtomicLongArray(THREADS * 16); // one padded slot per thread
        Thread[] workers = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            int slot = t * 16;
            workers[t] = new Thread(() -> {
                long sink = 0;
                while (!stop) {
                    sink += CpuWork.spin(sink + System.nanoTime(), 20_000);
                    ops.lazySet(slot, ops.get(slot) + 1);
                }
                if (sink == 42) {
                    System.out.print("");
                }
            }, "worker-" + t);
            workers[t].start();
        }
        Path dir = Files.createTempDirectory("memdebug-overhead");
        double[][] rate = new double[CASES.length][rounds];
        long[] samples = new long[CASES.length];
        measure(ops, dir, "off", window, samples, 0); // warm-up window, not counted
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < CASES.length; k++) {
                int c = (k + r) % CASES.length;
                rate[c][r] = measure(ops, dir, CASES[c], window, samples, c);
            }
        }
        stop = true;
        for (Thread w : workers) {
            w.join();
        }
        dir.toFile().delete();
        System.out.println("| profiling | rounds | throughput median (ops/s) | ratio to off, per round: median | min | max | overhead (median) | samples |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (int c = 0; c < CASES.length; c++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = rate[c][r] / rate[0][r];
            }
            Summary s = Summary.of(ratio);
            System.out.println(String.format(Locale.ROOT, "| %s | %d | %.0f | %.3f | %.3f | %.3f | %.1f %% | %d |", CASES[c], rounds,
                    Summary.of(rate[c]).median(), s.median(), s.min(), s.max(), (1 - s.median()) * 100, samples[c]));
        }
    }

    /** One window: starts profiling if asked, settles, counts, stops; returns operations per second. */
    private static double measure(AtomicLongArray ops, Path dir, String backend, long window, long[] samples, int c)
            throws InterruptedException {
        MemDebugger memdebug = null;
        RecordingReport report = new RecordingReport();
        if (!backend.equals("off")) {
            memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false).directory(dir)
                    .interval(Duration.ofMillis(10)).metrics(Backends.provider(backend)).report(report).writeOnExit(false)
                    .build();
            memdebug.profile();
        }
        Thread.sleep(300);
        long before = total(ops);
        long t0 = System.nanoTime();
        Thread.sleep(window);
        long done = total(ops) - before;
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (memdebug != null) {
            memdebug.writeProfile().ifPresent(f -> f.toFile().delete());
            StackProfile p = report.last();
            samples[c] += p == null ? 0 : p.totalSamples();
        }
        return done / seconds;
    }

    private static long total(AtomicLongArray ops) {
        long sum = 0;
        for (int i = 0; i < ops.length(); i += 16) {
            sum += ops.get(i);
        }
        return sum;
    }
}
