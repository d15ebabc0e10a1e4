package memdebug.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.StackSample;
import memdebug.testkit.ChildJvm;

/**
 * One interval of {@link IntervalFloorSuite}, in its own JVM: {@code threads} threads run
 * {@link CpuWork} without pause; a window without profiling, then a window with async-profiler's
 * sampler at {@code interval} (the sampler itself, so memdebug's floor does not apply), then its
 * drain. Prints one {@code RESULT} line, then {@code READY}, and keeps sampling until it is
 * killed, so the suite can time how it answers SIGTERM.
 */
public final class IntervalFloorRun {

    private IntervalFloorRun() {
    }

    /** @param args interval in nanoseconds, threads, window in ms */
    public static void main(String[] args) throws Exception {
        long intervalNanos = Long.parseLong(args[0]);
        int threads = Integer.parseInt(args[1]);
        long window = Long.parseLong(args[2]);
        AtomicLongArray ops = new AtomicLongArray(threads * 16);
        for (int t = 0; t < threads; t++) {
            int slot = t * 16;
            Thread w = new Thread(() -> {
                long sink = 0;
                while (true) {
                    sink += CpuWork.spin(sink + System.nanoTime(), 20_000);
                    ops.lazySet(slot, ops.get(slot) + 1);
                }
            }, "worker-" + t);
            w.setDaemon(true);
            w.start();
        }
        Thread.sleep(500);
        double off = rate(ops, window)[0];
        MetricsProvider provider = Backends.provider("async-profiler");
        SamplerSettings settings = new SamplerSettings(Duration.ofNanos(intervalNanos), SamplerSettings.DEFAULT_ALLOCATION_INTERVAL,
                Set.of(ProfileKind.CPU), SamplerSettings.MEMDEBUG_THREAD_PREFIX);
        Sampler sampler = provider.sampler(settings);
        long t0 = System.nanoTime();
        sampler.start();
        double startMillis = (System.nanoTime() - t0) / 1e6;
        double[] on = rate(ops, window);
        t0 = System.nanoTime();
        sampler.stop();
        Samples got = sampler.drain(Instant.now());
        double drainMillis = (System.nanoTime() - t0) / 1e6;
        sampler.close();
        long samples = got.get(ProfileKind.CPU).stream().mapToLong(StackSample::samples).sum();
        System.out.println(String.format(Locale.ROOT, "%s%d %.0f %.0f %.3f %d %.0f %.0f %.0f", ChildJvm.RESULT, intervalNanos,
                off, on[0], on[0] / off, samples, startMillis, on[1], drainMillis));
        System.out.println("READY");
        System.out.flush();
        Sampler again = provider.sampler(settings);
        again.start();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Operations per second over a window of {@code millis}, and how long the window really lasted (ms). */
    private static double[] rate(AtomicLongArray ops, long millis) throws InterruptedException {
        long before = total(ops);
        long t0 = System.nanoTime();
        Thread.sleep(millis);
        long done = total(ops) - before;
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new double[] {done / seconds, seconds * 1000};
    }

    private static long total(AtomicLongArray ops) {
        long sum = 0;
        for (int i = 0; i < ops.length(); i += 16) {
            sum += ops.get(i);
        }
        return sum;
    }
}
