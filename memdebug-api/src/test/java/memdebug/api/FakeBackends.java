package memdebug.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import memdebug.spi.CpuSampler;
import memdebug.spi.Frame;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ReportProvider;
import memdebug.spi.SamplerSettings;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/** Backends whose output the tests know in advance. */
final class FakeBackends {

    private FakeBackends() {
    }

    /** Each drain returns one more sample than the one before: 1, 2, 3, … on stack main → work. */
    static final class CountingMetrics implements MetricsProvider {
        final AtomicInteger drains = new AtomicInteger();
        volatile boolean started;
        volatile boolean stopped;

        @Override
        public CpuSampler cpuSampler(SamplerSettings settings) {
            return new CpuSampler() {
                @Override
                public String engine() {
                    return "counting";
                }

                @Override
                public void start() {
                    started = true;
                }

                @Override
                public List<StackSample> drain() {
                    int n = drains.incrementAndGet();
                    return List.of(new StackSample(List.of(Frame.java("main"), Frame.java("work")), n, n * 10_000_000L));
                }

                @Override
                public void stop() {
                    stopped = true;
                }

                @Override
                public void close() {
                    stopped = true;
                }
            };
        }
    }

    /**
     * Writes "samples=N" and keeps each profile by file number; can hold a write until released,
     * or fail the writes whose sample count is listed.
     */
    static class RecordingReport implements ReportProvider {
        final Map<Long, StackProfile> bySamples = new ConcurrentHashMap<>();
        final List<StackProfile> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile CountDownLatch hold = new CountDownLatch(0);
        volatile long failWhenSamples = -1;
        /** Extra bytes written after the text, to fill a disk. */
        volatile int padding;

        @Override
        public String fileExtension() {
            return "txt";
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
