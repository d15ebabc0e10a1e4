package memdebug.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.ReportProvider;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/** Backends whose output the tests know in advance. */
final class FakeBackends {

    private FakeBackends() {
    }

    /**
     * Each drain returns one more CPU sample than the one before: 1, 2, 3, … on stack main → work;
     * with allocations offered, also n allocation samples of 1000 bytes each on main → alloc → byte[].
     * Records the thread of every sampler call.
     */
    static class CountingMetrics implements MetricsProvider {
        final AtomicInteger drains = new AtomicInteger();
        final Set<ProfileKind> offered;
        final List<String> callThreads = new CopyOnWriteArrayList<>();
        final List<Instant> untils = new CopyOnWriteArrayList<>();
        volatile SamplerSettings settings;
        volatile boolean started;
        volatile boolean stopped;
        volatile boolean closed;

        CountingMetrics() {
            this(Set.of(ProfileKind.CPU));
        }

        CountingMetrics(Set<ProfileKind> offered) {
            this.offered = offered;
        }

        @Override
        public Set<ProfileKind> kinds() {
            return offered;
        }

        @Override
        public Sampler sampler(SamplerSettings settings) {
            this.settings = settings;
            Set<ProfileKind> kinds = new java.util.HashSet<>(offered);
            kinds.retainAll(settings.kinds());
            return new Sampler() {
                private void call(String what) {
                    callThreads.add(what + "@" + Thread.currentThread().getName());
                }

                @Override
                public Set<ProfileKind> kinds() {
                    return kinds;
                }

                @Override
                public Sampling sampling(ProfileKind kind) {
                    return kind == ProfileKind.CPU ? new Sampling("counting", "cpu", settings.interval().toNanos())
                            : new Sampling("counting", "alloc", settings.allocationInterval(), List.of("a planted note"));
                }

                @Override
                public void start() {
                    call("start");
                    started = true;
                }

                @Override
                public Samples drain(Instant until) {
                    call("drain");
                    untils.add(until);
                    int n = drains.incrementAndGet();
                    Map<ProfileKind, List<StackSample>> out = new LinkedHashMap<>();
                    out.put(ProfileKind.CPU, List.of(new StackSample(List.of(Frame.java("main"), Frame.java("work")), n,
                            n * 10_000_000L)));
                    if (kinds.contains(ProfileKind.ALLOC)) {
                        out.put(ProfileKind.ALLOC, List.of(new StackSample(List.of(Frame.java("main"), Frame.java("alloc"),
                                new Frame("byte[]", FrameKind.ALLOCATED_TYPE)), n, n * 1000L)));
                    }
                    return new Samples(out);
                }

                @Override
                public void stop() {
                    call("stop");
                    stopped = true;
                }

                @Override
                public void close() {
                    call("close");
                    stopped = true;
                    closed = true;
                }
            };
        }
    }

    /**
     * Writes "samples=N" and keeps each profile; can hold a write until released, or fail the
     * writes whose sample count is listed.
     */
    static class RecordingReport implements ReportProvider {
        final Map<Long, StackProfile> bySamples = new ConcurrentHashMap<>();
        final List<StackProfile> written = new CopyOnWriteArrayList<>();
        final String extension;
        volatile CountDownLatch hold = new CountDownLatch(0);
        volatile long failWhenSamples = -1;
        /** Extra bytes written after the text, to fill a disk. */
        volatile int padding;

        RecordingReport() {
            this("txt");
        }

        RecordingReport(String extension) {
            this.extension = extension;
        }

        @Override
        public String fileExtension() {
            return extension;
        }

        @Override
        public void write(StackProfile profile, OutputStream out) throws IOException {
            try {
                if (!hold.await(30, TimeUnit.SECONDS)) {
                    throw new IOException("test hold never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            out.write(("samples=" + profile.totalSamples()).getBytes(StandardCharsets.UTF_8));
            out.write(new byte[padding]);
            if (profile.totalSamples() == failWhenSamples) {
                throw new IOException("planted failure");
            }
            written.add(profile);
        }
    }
}
