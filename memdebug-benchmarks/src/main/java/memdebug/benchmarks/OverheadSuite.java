package memdebug.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import memdebug.api.MemDebugger;
import memdebug.spi.StackProfile;

/**
 * CPU profiling overhead measured side by side: 20 threads run {@link CpuWork} without pause,
 * while the main thread cycles through windows with profiling off and on with each backend (at
 * {@code intervalMillis}, 10 ms by default), the order rotating each round. Each window lets the
 * state settle ({@code settleMillis}, 1 s by default: a JFR session spends its first half second
 * starting up), then counts operations for {@code windowMillis}. A window's throughput
 * is compared with the off window of the same round, so slow drifts of a shared machine cancel
 * out. Prints the median per-round ratio of each backend. jfr profiles CPU only here (allocation
 * sampling has nothing to sample in this allocation-free kernel).
 *
 * <p>On a machine shared with other work, the CPU this JVM gets changes from window to window
 * more than profiling costs. So each window also counts operations per second of this process's
 * CPU time (workers, memdebug's and JFR's threads, the JVM's own): profiling that slows the
 * workers or spends CPU beside them lowers it, while CPU taken by other processes does not.
 *
 * <pre>java --enable-native-access=ALL-UNNAMED -cp target/benchmarks.jar memdebug.benchmarks.OverheadSuite [rounds] [windowMillis] [intervalMillis] [backends] [settleMillis]</pre>
 * where {@code backends} is a comma-separated list (default {@code jmx,async-profiler,jfr}; also
 * {@code jfr/cpu-time}, {@code jfr/execution}).
 */
public final class OverheadSuite {

    private static final int THREADS = 20;

    private static volatile boolean stop;
    private static long settle = 1000;

    private OverheadSuite() {
    }

    /** @param args rounds (default 10), window length in ms (default 1000), interval in ms (default 10), backends, settle in ms (default 1000) */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long window = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        long interval = args.length > 2 ? Long.parseLong(args[2]) : 10;
        List<String> cases = new ArrayList<>(List.of("off"));
        cases.addAll(List.of((args.length > 3 ? args[3] : "jmx,async-profiler,jfr").split(",")));
        settle = args.length > 4 ? Long.parseLong(args[4]) : 1000;
        String[] names = cases.toArray(new String[0]);
        String[] engines = new String[names.length];
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
        double[][] rate = new double[names.length][rounds];
        double[][] perCpu = new double[names.length][rounds];
        long[] samples = new long[names.length];
        measure(ops, dir, "off", window, interval, samples, engines, 0); // warm-up window, not counted
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.length; k++) {
                int c = (k + r) % names.length;
                double[] m = measure(ops, dir, names[c], window, interval, samples, engines, c);
                rate[c][r] = m[0];
                perCpu[c][r] = m[1];
            }
        }
        stop = true;
        for (Thread w : workers) {
            w.join();
        }
        dir.toFile().delete();
        System.out.println("JDK: " + Runtime.version() + ", " + THREADS + " threads, interval " + interval + " ms");
        System.out.println("| profiling | rounds | throughput median (ops/s) | ratio to off, per round: median | min | max "
                + "| overhead (median) | per CPU-second: ratio median | min | max | overhead (median) | samples |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int c = 0; c < names.length; c++) {
            double[] ratio = new double[rounds];
            double[] cpuRatio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = rate[c][r] / rate[0][r];
                cpuRatio[r] = perCpu[c][r] / perCpu[0][r];
            }
            Summary s = Summary.of(ratio);
            Summary q = Summary.of(cpuRatio);
            String name = engines[c] == null ? names[c] : names[c] + " (" + engines[c] + ")";
            System.out.println(String.format(Locale.ROOT,
                    "| %s | %d | %.0f | %.3f | %.3f | %.3f | %.1f %% | %.3f | %.3f | %.3f | %.1f %% | %d |", name, rounds,
                    Summary.of(rate[c]).median(), s.median(), s.min(), s.max(), (1 - s.median()) * 100,
                    q.median(), q.min(), q.max(), (1 - q.median()) * 100, samples[c]));
        }
    }

    /**
     * One window: starts profiling if asked, settles, counts, stops; returns operations per second
     * of wall time and per second of this process's CPU time.
     */
    private static double[] measure(AtomicLongArray ops, Path dir, String backend, long window, long interval, long[] samples,
                                  String[] engines, int c) throws InterruptedException {
        MemDebugger memdebug = null;
        RecordingReport report = new RecordingReport();
        if (!backend.equals("off")) {
            memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false).directory(dir)
                    .interval(Duration.ofMillis(interval)).metrics(Backends.provider(backend)).report(report)
                    .profiles("cpu").writeOnExit(false).build();
            memdebug.profile();
        }
        Thread.sleep(settle);
        long before = total(ops);
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        Thread.sleep(window);
        long done = total(ops) - before;
        double cpuSeconds = (processCpu() - cpu0) / 1e9;
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (memdebug != null) {
            memdebug.writeProfile().ifPresent(f -> f.toFile().delete());
            StackProfile p = report.last();
            samples[c] += p == null ? 0 : p.totalSamples();
            engines[c] = p == null ? engines[c] : p.info().engine();
        }
        return new double[] {done / seconds, done / cpuSeconds};
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long total(AtomicLongArray ops) {
        long sum = 0;
        for (int i = 0; i < ops.length(); i += 16) {
            sum += ops.get(i);
        }
        return sum;
    }
}
