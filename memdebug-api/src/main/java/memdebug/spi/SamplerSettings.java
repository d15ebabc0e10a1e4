package memdebug.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link Sampler} samples.
 *
 * @param interval             time between CPU samples; null or not positive becomes 10 ms
 * @param allocationInterval   bytes allocated between allocation samples (on average, for
 *                             samplers that cannot count exactly); not positive becomes 512 KiB
 * @param kinds                the kinds memdebug wants; copied; null or empty becomes every
 *                             {@link ProfileKind#known() known} kind
 * @param excludedThreadPrefix threads whose names start with this are left out of profiles
 *                             (memdebug's own threads are named {@code memdebug-…}); null
 *                             becomes {@code "memdebug-"}
 */
public record SamplerSettings(Duration interval, long allocationInterval, Set<ProfileKind> kinds,
                              String excludedThreadPrefix) {

    /** memdebug names every thread it starts with this prefix. */
    public static final String MEMDEBUG_THREAD_PREFIX = "memdebug-";

    /** The interval used when none (or a bad one) is given. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(10);

    /** The allocation interval used when none (or a bad one) is given: async-profiler's usual 512 KiB. */
    public static final long DEFAULT_ALLOCATION_INTERVAL = 512 * 1024;

    /** Replaces missing or bad values with the defaults. */
    public SamplerSettings {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            interval = DEFAULT_INTERVAL;
        }
        if (allocationInterval <= 0) {
            allocationInterval = DEFAULT_ALLOCATION_INTERVAL;
        }
        kinds = kinds == null || kinds.isEmpty() ? Set.copyOf(ProfileKind.known())
                : Set.copyOf(kinds.stream().filter(Objects::nonNull).toList());
        excludedThreadPrefix = Objects.requireNonNullElse(excludedThreadPrefix, MEMDEBUG_THREAD_PREFIX);
    }

    /** Every known kind at the given CPU interval, default allocation interval, memdebug's threads left out. */
    public static SamplerSettings of(Duration interval) {
        return new SamplerSettings(interval, DEFAULT_ALLOCATION_INTERVAL, null, MEMDEBUG_THREAD_PREFIX);
    }

    /** True when memdebug wants {@code kind}. */
    public boolean wants(ProfileKind kind) {
        return kinds.contains(kind);
    }

    /** True when samples of the thread with this name must be left out; a null name is not excluded. */
    public boolean excludes(String threadName) {
        return threadName != null && !excludedThreadPrefix.isEmpty() && threadName.startsWith(excludedThreadPrefix);
    }
}
