package memdebug.jfr;

import java.util.List;
import memdebug.spi.Frame;
import memdebug.spi.ProfileKind;

/**
 * One JFR sample waiting for a drain: when it was taken, its kind, its thread, its stack (root first) and its
 * weight in the kind's unit.
 *
 * @param epochNanos when the sample was taken, nanoseconds since the epoch
 * @param kind       CPU or allocation
 * @param threadId   the Java id of the sampled thread (virtual threads have their own)
 * @param frames     the stack, root first, interned
 * @param weight     CPU nanoseconds, or bytes as JFR weighed the allocation sample
 */
record TimedSample(long epochNanos, ProfileKind kind, long threadId, List<Frame> frames, long weight) {
}
