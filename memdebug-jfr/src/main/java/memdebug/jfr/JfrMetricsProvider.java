package memdebug.jfr;

import java.time.Duration;
import java.util.Set;
import jdk.jfr.FlightRecorder;
import memdebug.spi.Availability;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.ProviderInfo;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;

/**
 * Metrics provider {@code jfr}: CPU and allocation samples from the JDK Flight Recorder of the
 * running JVM, streamed in-process. Pure JDK (17+), no safepoint bias, virtual threads with their
 * own frames (JDK 21+). CPU comes from JFR's CPU-time sampler where the JVM has it (JDK 25+ on
 * Linux), else from execution samples; {@code -Dmemdebug.jfr.sampler=cpu-time|execution|auto}
 * chooses. Ranks between {@code jmx} and {@code async-profiler}.
 */
@ProviderInfo(name = "jfr", priority = 150, spi = ProviderInfo.SPI_VERSION)
public final class JfrMetricsProvider implements MetricsProvider {

    /** Does nothing; the Flight Recorder starts with the first sampler. */
    public JfrMetricsProvider() {
    }

    /** Available where the JVM has a Flight Recorder; checked without starting it. Never throws. */
    @Override
    public Availability availability() {
        try {
            return FlightRecorder.isAvailable() ? Availability.yes()
                    : Availability.no("this JVM has no Flight Recorder; use memdebug-jmx or memdebug-asyncprofiler");
        } catch (RuntimeException | LinkageError e) {
            return Availability.no("the Flight Recorder cannot be reached (" + e + "); use memdebug-jmx");
        }
    }

    /** CPU and allocations. */
    @Override
    public Set<ProfileKind> kinds() {
        return Set.of(ProfileKind.CPU, ProfileKind.ALLOC);
    }

    /** JFR's execution sampler takes whole milliseconds; 1 ms is its shortest period. */
    @Override
    public Duration minimumInterval() {
        return Duration.ofMillis(1);
    }

    @Override
    public Sampler sampler(SamplerSettings settings) {
        return new JfrSampler(settings == null ? SamplerSettings.of(null) : settings, SamplerChoice.fromProperty());
    }
}
