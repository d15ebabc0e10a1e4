package memdebug.asyncprofiler;

import java.time.Duration;
import java.util.Set;
import memdebug.spi.Availability;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.ProviderInfo;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import one.profiler.AsyncProfiler;

/**
 * Metrics provider {@code async-profiler}: CPU samples from async-profiler's native library,
 * taken by perf_events (or ctimer where perf events are closed) without safepoint bias, with
 * frame kinds (interpreted, compiled, inlined, native, kernel).
 *
 * <p>{@link #availability()} loads the native library and says no, with what to do, when this
 * platform has no bundled library, when it cannot be extracted or loaded (see
 * {@code one.profiler.extractPath}), when another copy of it is already loaded by a class loader
 * memdebug cannot reach, or when async-profiler is already profiling for someone else.
 */
@ProviderInfo(name = "async-profiler", priority = 200, spi = ProviderInfo.SPI_VERSION)
public final class AsyncProfilerProvider implements MetricsProvider {

    private volatile AsyncProfiler profiler;

    /** Does nothing; the native library is loaded by {@link #availability()}. */
    public AsyncProfilerProvider() {
    }

    /** Loads async-profiler's native library if needed and checks that memdebug may use it; never throws. */
    @Override
    public Availability availability() {
        LoadOutcome outcome = NativeLibrary.load();
        profiler = outcome.profiler();
        return outcome.availability();
    }

    /**
     * A sampler for the {@code cpu} event (on macOS {@code itimer}) at the settings' interval.
     *
     * @throws IllegalStateException when async-profiler is not available, with the reason
     */
    @Override
    public Set<ProfileKind> kinds() {
        return Set.of(ProfileKind.CPU);
    }

    /** Shorter intervals starve the host: at 10 µs and below the signal handler takes whole cores. */
    @Override
    public Duration minimumInterval() {
        return Duration.ofMillis(1).dividedBy(10);
    }

    @Override
    public Sampler sampler(SamplerSettings settings) {
        AsyncProfiler loaded = profiler;
        if (loaded == null) {
            Availability availability = availability();
            loaded = profiler;
            if (loaded == null) {
                throw new IllegalStateException(availability.reason());
            }
        }
        SamplerSettings given = settings == null ? SamplerSettings.of(null) : settings;
        return new AsyncProfilerSampler(loaded, given, Platform.current().cpuEvent());
    }
}
