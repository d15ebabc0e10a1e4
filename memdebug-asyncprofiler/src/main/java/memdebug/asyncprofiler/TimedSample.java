package memdebug.asyncprofiler;

import java.time.Instant;
import java.util.List;
import memdebug.spi.Frame;
import memdebug.spi.ProfileKind;

/**
 * One sample as read from the JFR output, before it is given to an interval.
 *
 * @param kind   CPU or allocation
 * @param time   when it was taken, in nanoseconds since the epoch
 * @param frames its stack, root first (for allocations the allocated type on top)
 * @param weight what it stands for in the kind's unit: CPU nanoseconds or allocated bytes
 */
record TimedSample(ProfileKind kind, long time, List<Frame> frames, long weight) {

    /** {@code t} in nanoseconds since the epoch, saturated at the ends of {@code long}. */
    static long epochNanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
