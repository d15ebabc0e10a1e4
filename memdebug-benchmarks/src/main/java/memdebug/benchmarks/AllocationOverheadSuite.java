package memdebug.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import memdebug.api.MemDebugger;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;

/**
 * Allocation-sampling overhead measured side by side: 20 threads allocate without pause, while
 * the main thread cycles through windows with profiling off, with
 * async-profiler sampling CPU only (10 ms), and with async-profiler sampling CPU and allocations
 * (10 ms, 512 KiB unless given), the order rotating each round. Each window lets the state settle for 300 ms,
 * then counts operations for {@code windowMillis}. A window's throughput is divided by the off
 * window of the same round, so slow drifts of a shared machine cancel out. Prints the median
 * per-round ratio of each case, and the bytes the workers allocated per second with profiling
 * off: the overhead is about (bytes per second / interval) samples times the cost of one sample.
 *
 * <p>Workloads: {@code churn} (default) builds small maps of strings, boxed numbers and lists and
 * reads them back, as request-handling code does, keeping the last 4,096 per thread so objects
 * live a little; {@code raw} only allocates arrays of 16 to 1,040 bytes into such a ring, the
 * worst case: nothing but allocation.
 *
 * <pre>java -Xms1g -Xmx1g --enable-native-access=ALL-UNNAMED -cp target/benchmarks.jar memdebug.benchmarks.AllocationOverheadSuite [rounds] [windowMillis] [allocationIntervalBytes] [churn|raw]</pre>
 */
public final class AllocationOverheadSuite {

    private static final int THREADS = 20;
    private static final int RING = 4096;
    /** Allocations per counted operation. */
    private static final int BATCH = 64;
    private static final String[] CASES = {"off", "cpu", "cpu+alloc"};

    private static volatile boolean stop;

    private AllocationOverheadSuite() {
    }

    /** @param args rounds (default 10), window length in ms (default 1000), allocation interval in bytes (512 KiB), workload (churn) */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long window = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        long allocationInterval = args.length > 2 ? Long.parseLong(args[2]) : 512 * 1024;
        boolean raw = args.length > 3 && args[3].equals("raw");
        AtomicLongArray ops = new AtomicLongArray(THREADS * 16); // one padded slot per thread
        Thread[] workers = new Thread[THREADS];
        long[] ids = new long[THREADS];
        for (int t = 0; t < THREADS; t++) {
            int slot = t * 16;
            workers[t] = new Thread(() -> {
                if (raw) {
                    allocate(ops, slot);
                } else {
                    churn(ops, slot);
                }
            }, "worker-" + t);
            workers[t].start();
            ids[t] = workers[t].getId();
        }
        Thread.sleep(3000); // JIT warm-up
        com.sun.management.ThreadMXBean threadBean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("memdebug-alloc-overhead");
        double[][] rate = new double[CASES.length][rounds];
        long[][] samples = new long[CASES.length][2];
        measure(ops, dir, "off", window, allocationInterval, new long[2]); // warm-up window, not counted
        double[] bytesPerSecond = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < CASES.length; k++) {
                int c = (k + r) % CASES.length;
                long bytes0 = allocated(threadBean, ids);
                long t0 = System.nanoTime();
                rate[c][r] = measure(ops, dir, CASES[c], window, allocationInterval, samples[c]);
                if (c == 0) {
                    bytesPerSecond[r] = (allocated(threadBean, ids) - bytes0) / ((System.nanoTime() - t0) / 1e9);
                }
            }
        }
        stop = true;
        for (Thread w : workers) {
            w.join();
        }
        dir.toFile().delete();
        System.out.println(String.format(Locale.ROOT, "Workload %s: %.2f GB/s allocated by %d threads with profiling off"
                + " (median of the off windows); allocation interval %d bytes", raw ? "raw" : "churn",
                Summary.of(bytesPerSecond).median() / 1e9, THREADS, allocationInterval));
        System.out.println();
        System.out.println("| async-profiler | rounds | throughput median (ops/s) | ratio to off, per round: median | min | max"
                + " | overhead (median) | CPU samples | allocation samples |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int c = 0; c < CASES.length; c++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = rate[c][r] / rate[0][r];
            }
            Summary s = Summary.of(ratio);
            System.out.println(String.format(Locale.ROOT, "| %s | %d | %.0f | %.3f | %.3f | %.3f | %.1f %% | %d | %d |",
                    CASES[c], rounds, Summary.of(rate[c]).median(), s.median(), s.min(), s.max(),
                    (1 - s.median()) * 100, samples[c][0], samples[c][1]));
        }
    }

    private static long allocated(com.sun.management.ThreadMXBean bean, long[] ids) {
        long sum = 0;
        for (long b : bean.getThreadAllocatedBytes(ids)) {
            sum += Math.max(0, b);
        }
        return sum;
    }

    /** The {@code churn} workload of one thread: small maps of strings, numbers and lists, built and read back. */
    private static void churn(AtomicLongArray ops, int slot) {
        Object[] ring = new Object[RING];
        int next = 0;
        long sink = 0;
        while (!stop) {
            for (int i = 0; i < BATCH / 8; i++) {
                java.util.Map<String, Object> m = new java.util.HashMap<>();
                m.put("id", (long) (next * 31 + i));
                m.put("name", "item-" + next + "-" + i);
                java.util.List<Integer> values = new java.util.ArrayList<>();
                for (int v = 0; v < 8; v++) {
                    values.add(v * next + 1000);
                }
                m.put("values", values);
                for (Object v : m.values()) {
                    sink += v.hashCode();
                }
                ring[next] = m;
                next = (next + 1) & (RING - 1);
            }
            ops.lazySet(slot, ops.get(slot) + 1);
        }
        if (sink == 42) {
            System.out.print("");
        }
    }

    /** The {@code raw} workload of one thread: allocate, keep in the ring, count every {@link #BATCH}. */
    private static void allocate(AtomicLongArray ops, int slot) {
        Object[] ring = new Object[RING];
        int next = 0;
        long seed = slot * 0x9E3779B97F4A7C15L + 1;
        while (!stop) {
            for (int i = 0; i < BATCH; i++) {
                seed ^= seed << 13;
                seed ^= seed >>> 7;
                seed ^= seed << 17;
                int size = (int) (seed >>> 54); // 0..1023
                ring[next] = (seed & 1) == 0 ? new byte[size] : new long[size >>> 3];
                next = (next + 1) & (RING - 1);
            }
            ops.lazySet(slot, ops.get(slot) + 1);
        }
    }

    /** One window: starts profiling if asked, settles, counts, stops; returns operations per second. */
    private static double measure(AtomicLongArray ops, Path dir, String which, long window, long allocationInterval,
                                  long[] samples)
            throws InterruptedException {
        MemDebugger memdebug = null;
        RecordingReport report = new RecordingReport();
        if (!which.equals("off")) {
            memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false).directory(dir)
                    .interval(Duration.ofMillis(10)).allocationInterval(allocationInterval)
                    .profiles(which.equals("cpu") ? new String[] {"cpu"} : new String[] {"cpu", "alloc"})
                    .metrics(Backends.provider("async-profiler")).report(report).writeOnExit(false).build();
            memdebug.profile();
        }
        Thread.sleep(300);
        long before = total(ops);
        long t0 = System.nanoTime();
        Thread.sleep(window);
        long done = total(ops) - before;
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (memdebug != null) {
            memdebug.writeReports().ifPresent(r -> r.files().forEach(f -> f.toFile().delete()));
            samples[0] += totalSamples(report.last(ProfileKind.CPU));
            samples[1] += totalSamples(report.last(ProfileKind.ALLOC));
        }
        return done / seconds;
    }

    private static long totalSamples(StackProfile p) {
        return p == null ? 0 : p.totalSamples();
    }

    private static long total(AtomicLongArray ops) {
        long sum = 0;
        for (int i = 0; i < ops.length(); i += 16) {
            sum += ops.get(i);
        }
        return sum;
    }
}
