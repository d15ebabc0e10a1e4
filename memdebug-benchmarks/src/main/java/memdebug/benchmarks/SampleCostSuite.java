package memdebug.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.StackSample;

/**
 * What one async-profiler CPU sample costs the sampled thread, measured in that thread's own CPU
 * time, so that other load on the machine does not enter the figure. One thread runs a fixed
 * amount of {@link CpuWork} ({@code depth} calls deep) without sampling and then with
 * async-profiler's sampler at each interval (the sampler itself, so memdebug's floor does not
 * apply), three times each; the extra CPU time divided by the samples taken is the cost of one
 * sample. A thread sampled more often than it can pay for makes no progress, which is why
 * memdebug has a floor for the interval.
 *
 * <pre>java --enable-native-access=ALL-UNNAMED -cp target/benchmarks.jar memdebug.benchmarks.SampleCostSuite [depth] [intervals in µs…]</pre>
 */
public final class SampleCostSuite {

    private static final long WORK = 1_000_000_000L;
    private static volatile long sink;

    private SampleCostSuite() {
    }

    /** @param args stack depth of the work (default 10), then intervals in µs (default 1000 500 200 100 50) */
    public static void main(String[] args) throws Exception {
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                measure(args);
            } catch (Exception e) {
                failed[0] = e;
            }
        }, "work", 1L << 29); // room for deep stacks
        t.start();
        t.join();
        if (failed[0] != null) {
            throw new IllegalStateException(failed[0]);
        }
    }

    private static void measure(String[] args) throws Exception {
        int depth = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long[] micros = {1000, 500, 200, 100, 50};
        if (args.length > 1) {
            micros = new long[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                micros[i - 1] = Long.parseLong(args[i]);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MetricsProvider provider = Backends.provider("async-profiler");
        for (int i = 0; i < 3; i++) {
            sink += work(depth, WORK / 10);
        }
        System.out.println("| interval | stack depth | CPU time without sampling (ms) | with (ms) | with / without | samples | CPU per sample |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (long us : micros) {
            for (int round = 0; round < 3; round++) {
                long c0 = threads.getCurrentThreadCpuTime();
                sink += work(depth, WORK);
                long off = threads.getCurrentThreadCpuTime() - c0;
                Sampler sampler = provider.sampler(new SamplerSettings(Duration.ofNanos(us * 1000), 0, Set.of(ProfileKind.CPU), null));
                sampler.start();
                c0 = threads.getCurrentThreadCpuTime();
                sink += work(depth, WORK);
                long on = threads.getCurrentThreadCpuTime() - c0;
                sampler.stop();
                long samples = sampler.drain(Instant.now()).get(ProfileKind.CPU).stream()
                        .filter(s -> s.frames().stream().anyMatch(f -> f.name().endsWith("SampleCostSuite.work")))
                        .mapToLong(StackSample::samples).sum();
                sampler.close();
                System.out.println(String.format(Locale.ROOT, "| %d µs | %d | %.0f | %.0f | %.3f | %d | %.1f µs |", us, depth,
                        off / 1e6, on / 1e6, (double) on / off, samples, samples == 0 ? Double.NaN : (on - off) / 1e3 / samples));
            }
        }
    }

    /** {@code n} rounds of {@link CpuWork} at the bottom of a stack {@code depth} calls deep. */
    static long work(int depth, long n) {
        return depth <= 0 ? CpuWork.spin(n, (int) Math.min(Integer.MAX_VALUE, n)) : work(depth - 1, n) + 1;
    }
}
