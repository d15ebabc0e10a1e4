package memdebug.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import memdebug.spi.Availability;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import memdebug.spi.StackSample;

/** A real metrics provider, wrapped so that the test sees every drain, the last one included. */
final class RecordingMetrics implements MetricsProvider {

    private final MetricsProvider real;
    /** The total CPU samples of each drain, in order. */
    final List<Long> drains = new CopyOnWriteArrayList<>();
    /** Every drain, all kinds. */
    final List<Samples> drained = new CopyOnWriteArrayList<>();

    RecordingMetrics(MetricsProvider real) {
        this.real = real;
    }

    @Override
    public Availability availability() {
        return real.availability();
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
                Samples got = s.drain(until);
                drained.add(got);
                drains.add(got.get(ProfileKind.CPU).stream().mapToLong(StackSample::samples).sum());
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
