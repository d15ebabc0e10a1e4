package memdebug.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import memdebug.api.MemDebugger;
import memdebug.api.Reports;
import memdebug.spi.Frame;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import memdebug.spi.StackSample;

/**
 * Whether the writer's time per dump grows with the session. Worker threads walk 10,000 distinct
 * call paths (a binary tree of calls 14 levels deep, path by path), each path ending in a little
 * CPU work and one allocation, so the session soon holds 10,000 distinct CPU stacks and as many
 * allocation stacks. The main thread dumps every {@code intervalMillis} and waits for the dump's
 * reports (a report that draws nothing), so the writer is idle at each call; the time from the
 * call to the reports is the writer's time for that dump. The sampler's own drain is timed inside
 * it. Prints every dump, then the first and last ten side by side.
 *
 * <pre>java -Xms1g -Xmx1g --enable-native-access=ALL-UNNAMED -cp target/benchmarks.jar memdebug.benchmarks.DumpCostSuite [backend] [dumps] [intervalMillis] [threads]</pre>
 */
public final class DumpCostSuite {

    /** Levels of the call tree: 2^14 = 16,384 paths, of which {@link #PATHS} are walked. */
    private static final int LEVELS = 14;
    private static final int PATHS = 10_000;

    private static volatile boolean stop;
    private static volatile Object kept;

    private DumpCostSuite() {
    }

    /** @param args backend (default async-profiler), dumps (200), interval in ms (100), worker threads (4) */
    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "async-profiler";
        int dumps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long interval = args.length > 2 ? Long.parseLong(args[2]) : 100;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t * (PATHS / threads);
            Thread w = new Thread(() -> {
                long sink = 0;
                for (int path = first; !stop; path = (path + 7919) % PATHS) {
                    sink += walk(path, LEVELS - 1);
                }
                if (sink == 42) {
                    System.out.print("");
                }
            }, "worker-" + t);
            w.start();
            workers.add(w);
        }
        TimedMetrics metrics = new TimedMetrics(Backends.provider(backend));
        Path dir = Files.createTempDirectory("memdebug-dumpcost");
        MemDebugger memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false)
                .directory(dir).interval(Duration.ofMillis(1)).allocationInterval(64 * 1024).metrics(metrics)
                .report(new RecordingReport()).writeOnExit(false).build();
        memdebug.profile();
        double[] writer = new double[dumps];
        Set<List<Frame>> cpuStacks = new HashSet<>();
        Set<List<Frame>> allocStacks = new HashSet<>();
        System.out.println("| dump | writer ms | drain ms | CPU samples | allocation samples | distinct CPU stacks so far | distinct allocation stacks so far |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int d = 0; d < dumps; d++) {
            Thread.sleep(interval);
            long t0 = System.nanoTime();
            Reports r = memdebug.dumpReports().get();
            writer[d] = (System.nanoTime() - t0) / 1e6;
            r.files().forEach(f -> f.toFile().delete());
            TimedMetrics.Drain last = metrics.drains.get(metrics.drains.size() - 1);
            last.samples().get(ProfileKind.CPU).forEach(x -> cpuStacks.add(x.frames()));
            last.samples().get(ProfileKind.ALLOC).forEach(x -> allocStacks.add(x.frames()));
            System.out.println(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %d | %d | %d | %d |", d + 1, writer[d],
                    last.millis(), samples(last.samples(), ProfileKind.CPU), samples(last.samples(), ProfileKind.ALLOC),
                    cpuStacks.size(), allocStacks.size()));
        }
        memdebug.writeReports().ifPresent(r -> r.files().forEach(f -> f.toFile().delete()));
        stop = true;
        for (Thread w : workers) {
            w.join();
        }
        Folders.delete(dir);
        int k = Math.min(10, dumps / 2);
        Summary first = Summary.of(java.util.Arrays.copyOfRange(writer, 0, k));
        Summary last = Summary.of(java.util.Arrays.copyOfRange(writer, dumps - k, dumps));
        System.out.println();
        System.out.println("| writer time per dump | dump 1 | dump " + dumps + " | median of dumps 1-" + k + " | median of dumps "
                + (dumps - k + 1) + "-" + dumps + " | last / first (medians) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        System.out.println(String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f |", backend,
                writer[0], writer[dumps - 1], first.median(), last.median(), last.median() / first.median()));
    }

    /** One call path: the bits of {@code path} choose left or right at each level. */
    static long walk(int path, int level) {
        if (level < 0) {
            kept = new byte[256];
            return CpuWork.spin(path, 2000);
        }
        return ((path >>> level) & 1) == 0 ? left(path, level - 1) : right(path, level - 1);
    }

    static long left(int path, int level) {
        return walk(path, level) + 1;
    }

    static long right(int path, int level) {
        return walk(path, level) + 2;
    }

    /** A metrics provider whose sampler's drains are timed, and counted outside the timing. */
    private static final class TimedMetrics implements MetricsProvider {

        /** One drain: how long it took and what it gave. */
        record Drain(double millis, Samples samples) {
        }

        private final MetricsProvider real;
        final List<Drain> drains = new java.util.concurrent.CopyOnWriteArrayList<>();

        TimedMetrics(MetricsProvider real) {
            this.real = real;
        }

        @Override
        public Set<ProfileKind> kinds() {
            return real.kinds();
        }

        @Override
        public Duration minimumInterval() {
            return real.minimumInterval();
        }

        @Override
        public Sampler sampler(SamplerSettings settings) throws Exception {
            Sampler s = real.sampler(settings);
            return new Sampler() {
                @Override
                public Set<ProfileKind> kinds() {
                    return s.kinds();
                }

                @Override
                public Sampling sampling(ProfileKind kind) {
                    return s.sampling(kind);
                }

                @Override
                public void start() throws Exception {
                    s.start();
                }

                @Override
                public Samples drain(Instant until) throws Exception {
                    long t0 = System.nanoTime();
                    Samples got = s.drain(until);
                    drains.add(new Drain((System.nanoTime() - t0) / 1e6, got));
                    return got;
                }

                @Override
                public void stop() throws Exception {
                    s.stop();
                }

                @Override
                public void close() {
                    s.close();
                }
            };
        }

    }

    private static long samples(Samples s, ProfileKind kind) {
        return s.get(kind).stream().mapToLong(StackSample::samples).sum();
    }
}
