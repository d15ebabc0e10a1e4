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
    /** Every drain, all kinds, in order. */
    final List<Samples> drained = new CopyOnWriteArrayList<>();

    RecordingMetrics(MetricsProvider real) {
        this.real = real;
    }

    /** The samples of {@code kind} in each drain, in order. */
    List<Long> samples(ProfileKind kind) {
        return drained.stream().map(d -> d.get(kind).stream().mapToLong(StackSample::samples).sum()).toList();
    }

    /** The weight of {@code kind} in each drain, in order. */
    List<Long> weights(ProfileKind kind) {
        return drained.stream().map(d -> d.get(kind).stream().mapToLong(StackSample::weight).sum()).toList();
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
