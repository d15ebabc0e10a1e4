package memdebug.asyncprofiler;

import java.nio.file.Path;
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
 * Metrics provider {@code async-profiler}: CPU and allocation samples from async-profiler's native
 * library in one profiler session. CPU samples are taken by perf_events (or ctimer where perf
 * events are closed) without safepoint bias, with frame kinds (interpreted, C1, C2, inlined,
 * native, kernel); allocation samples by JVMTI's sampled object allocations, weighted by the bytes
 * they stand for.
 *
 * <p>{@link #availability()} loads the native library and says no, with what to do, when the
 * runtime lacks {@code jdk.jfr} (memdebug reads async-profiler's JFR output with it), when this
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
        if (!jfrReaderPresent()) {
            return Availability.no("this Java runtime has no jdk.jfr module, with which memdebug reads async-profiler's"
                    + " output: run on a runtime that includes it, or use -Dmemdebug.metrics=jmx.");
        }
        LoadOutcome outcome = NativeLibrary.load();
        profiler = outcome.profiler();
        return outcome.availability();
    }

    /** True when {@code jdk.jfr.consumer} can be loaded (a runtime image made without jdk.jfr lacks it). */
    private static boolean jfrReaderPresent() {
        try {
            Class.forName("jdk.jfr.consumer.RecordingFile", false, AsyncProfilerProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** CPU time and allocations. */
    @Override
    public Set<ProfileKind> kinds() {
        return Set.of(ProfileKind.CPU, ProfileKind.ALLOC);
    }

    /**
     * 1 ms. A perf_events sample cost the sampled thread about 33 µs of CPU on the machine where
     * this was measured (SampleCostSuite in BENCHMARKS.md), plus about 18 ns per frame walked, and a
     * thread sampled more often than it can pay for makes no progress: at 10 and 20 µs the host
     * kept 2 % of its throughput, at 50 µs its work took 2.6 times the CPU, at 100 µs 1.5 times.
     * Stacks as deep as memdebug keeps (16,383 frames) cost about
     * 0.3 ms a sample, so only an interval of 1 ms or more is safe for every thread.
     */
    @Override
    public Duration minimumInterval() {
        return Duration.ofMillis(1);
    }

    /**
     * A sampler for the kinds asked for: the {@code cpu} event (on macOS {@code itimer}) at the
     * settings' interval, and allocations at the settings' allocation interval.
     *
     * @throws IllegalStateException when async-profiler is not available, with the reason
     */
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
        return new AsyncProfilerSampler(loaded, given, Platform.current().cpuEvent(),
                Path.of(System.getProperty("java.io.tmpdir")));
    }
}
