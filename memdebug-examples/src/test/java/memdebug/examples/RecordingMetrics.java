package memdebug.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import memdebug.spi.Availability;
import memdebug.spi.CpuSampler;
import memdebug.spi.MetricsProvider;
import memdebug.spi.SamplerSettings;
import memdebug.spi.StackSample;

/** A real metrics provider, wrapped so that the test sees every drain, the last one included. */
final class RecordingMetrics implements MetricsProvider {

    private final MetricsProvider real;
    /** The total samples of each drain, in order. */
    final List<Long> drains = new CopyOnWriteArrayList<>();

    RecordingMetrics(MetricsProvider real) {
        this.real = real;
    }

    @Override
    public Availability availability() {
        return real.availability();
    }

    @Override
    public CpuSampler cpuSampler(SamplerSettings settings) throws Exception {
        CpuSampler s = real.cpuSampler(settings);
        return new CpuSampler() {
            @Override
            public String engine() {
                return s.engine();
            }

            @Override
            public void start() throws Exception {
                s.start();
            }

            @Override
            public List<StackSample> drain() throws Exception {
                List<StackSample> got = s.drain();
                drains.add(got.stream().mapToLong(StackSample::samples).sum());
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
