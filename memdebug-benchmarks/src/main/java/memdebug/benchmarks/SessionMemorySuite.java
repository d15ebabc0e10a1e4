package memdebug.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import memdebug.api.MemDebugger;
import memdebug.api.ProfileSession;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.ProviderInfo;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import memdebug.spi.StackSample;

/**
 * memdebug's own heap over a long session, against the number of distinct stacks. A synthetic
 * backend hands over, at each of 200 dumps, 1/20 of a fixed set of distinct stacks (64 frames
 * from about 20,000 methods, new Frame objects every time, as real backends make them), so by the
 * end every stack has come 10 times; the report provider keeps nothing. The live heap (after a full collection) is read
 * before {@code profile()}, after the dumps, after {@code writeProfile()}, and with the session's
 * handle still held by the host. Prints one row per size.
 *
 * <pre>java -Xmx2g -cp memdebug-benchmarks/target/benchmarks.jar memdebug.benchmarks.SessionMemorySuite [sizes...]</pre>
 */
public final class SessionMemorySuite {

    private static final int DEPTH = 64;
    private static final int DUMPS = 200;
    private static final int SLICES = 20;

    private SessionMemorySuite() {
    }

    /** @param args distinct-stack counts (default 1000 10000 40000 100000) */
    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 40_000, 100_000};
        System.out.println("| distinct stacks | before | after 200 dumps | after the write (handle held) | per stack during |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int distinct) throws Exception {
        Path dir = Files.createTempDirectory("memdebug-session-memory");
        MemDebugger md = MemDebugger.builder().output(java.io.OutputStream.nullOutputStream(), false).directory(dir)
                .metrics(new Synthetic(distinct)).report(new NothingKept()).writeOnExit(false).build();
        long before = live();
        ProfileSession session = md.profile();
        for (int i = 0; i < DUMPS; i++) {
            session.dump().get(60, TimeUnit.SECONDS);
        }
        long during = live();
        if (Boolean.getBoolean("histogram")) {
            String h = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            h.lines().limit(18).forEach(System.out::println);
        }
        session.write();
        long after = live();
        System.out.printf(Locale.ROOT, "| %,d | %.1f MB | %.1f MB | %.1f MB | %.0f B |%n", distinct, mb(before), mb(during),
                mb(after), (double) (during - before) / distinct);
        if (session.isActive()) {
            throw new IllegalStateException("the session should have ended");
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static long live() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** A report provider that keeps nothing of what it is given. */
    @ProviderInfo(name = "nothing-kept", spi = ProviderInfo.SPI_VERSION)
    public static final class NothingKept implements memdebug.spi.ReportProvider {
        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void write(memdebug.spi.StackProfile profile, java.io.OutputStream out) throws java.io.IOException {
            out.write(Long.toString(profile.totalSamples()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    /** Hands over slice {@code n % 20} of its distinct stacks at the n-th drain, as new objects. */
    @ProviderInfo(name = "synthetic", spi = ProviderInfo.SPI_VERSION)
    public static final class Synthetic implements MetricsProvider {
        private final int distinct;

        Synthetic(int distinct) {
            this.distinct = distinct;
        }

        @Override
        public Set<ProfileKind> kinds() {
            return Set.of(ProfileKind.CPU);
        }

        @Override
        public Sampler sampler(SamplerSettings settings) {
            return new Sampler() {
                private int drains;

                @Override
                public Set<ProfileKind> kinds() {
                    return Set.of(ProfileKind.CPU);
                }

                @Override
                public Sampling sampling(ProfileKind kind) {
                    return new Sampling("synthetic", "cpu", 10_000_000);
                }

                @Override
                public void start() {
                }

                @Override
                public Samples drain(Instant until) {
                    int slice = drains++ % SLICES;
                    List<StackSample> out = new ArrayList<>();
                    for (int s = slice; s < distinct; s += SLICES) {
                        List<Frame> frames = new ArrayList<>(DEPTH);
                        for (int d = 0; d < DEPTH; d++) {
                            // Shared prefixes near the root, varied leaves drawn from 20,000 methods.
                            int id = d < DEPTH - 8 ? (s >>> Math.max(0, 16 - d)) % 500 : 500 + Math.floorMod(s * 31 + d * 7919, 20_000);
                            frames.add(new Frame("com.example.pkg" + (id % 37) + ".Type" + id + ".method" + d,
                                    FrameKind.COMPILED, "Type" + id + ".java", 10 + d));
                        }
                        out.add(new StackSample(frames, 1, 10_000_000));
                    }
                    return Samples.of(ProfileKind.CPU, out);
                }

                @Override
                public void stop() {
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
