package memdebug.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link CpuSampler} samples.
 *
 * @param interval             time between samples; null or not positive becomes 10 ms
 * @param excludedThreadPrefix threads whose names start with this are left out of profiles
 *                             (memdebug's own threads are named {@code memdebug-…}); null
 *                             becomes {@code "memdebug-"}
 */
public record SamplerSettings(Duration interval, String excludedThreadPrefix) {

    /** memdebug names every thread it starts with this prefix. */
    public static final String MEMDEBUG_THREAD_PREFIX = "memdebug-";

    /** The interval used when none (or a bad one) is given. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(10);

    /** Replaces missing or bad values with the defaults. */
    public SamplerSettings {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            interval = DEFAULT_INTERVAL;
        }
        excludedThreadPrefix = Objects.requireNonNullElse(excludedThreadPrefix, MEMDEBUG_THREAD_PREFIX);
    }

    /** Default settings for the given interval. */
    public static SamplerSettings of(Duration interval) {
        return new SamplerSettings(interval, MEMDEBUG_THREAD_PREFIX);
    }

    /** True when samples of the thread with this name must be left out; a null name is not excluded. */
    public boolean excludes(String threadName) {
        return threadName != null && !excludedThreadPrefix.isEmpty() && threadName.startsWith(excludedThreadPrefix);
    }
}
