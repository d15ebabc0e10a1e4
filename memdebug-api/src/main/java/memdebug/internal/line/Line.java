package memdebug.internal.line;

import java.util.List;
import memdebug.internal.memory.ClassChange;

/**
 * The values of one printed line.
 *
 * @param elapsedNanos   time since t1
 * @param threads        live threads
 * @param heapDelta      heap in use minus the previous print's (signed)
 * @param heapUsed       heap in use, bytes
 * @param osBytes        memory taken from the OS, bytes
 * @param osPeak         true when osBytes passed the highest value printed before
 * @param stackBytes     thread stack memory, bytes
 * @param allocatedBytes bytes this thread allocated since its previous print or the mark; {@link #NOT_COUNTED}
 *                       where the JVM does not count, {@link #VIRTUAL_THREAD} on a virtual thread
 * @param what           the rendered label and data, already escaped
 * @param classes        the classes whose live bytes changed most, for the class line under a
 *                       non-zero delta; empty for none
 */
public record Line(long elapsedNanos, int threads, long heapDelta, long heapUsed, long osBytes, boolean osPeak,
                   long stackBytes, long allocatedBytes, CharSequence what, List<ClassChange> classes) {

    /** A line without a class line. */
    public Line(long elapsedNanos, int threads, long heapDelta, long heapUsed, long osBytes, boolean osPeak,
                long stackBytes, long allocatedBytes, CharSequence what) {
        this(elapsedNanos, threads, heapDelta, heapUsed, osBytes, osPeak, stackBytes, allocatedBytes, what, List.of());
    }

    /** Allocated bytes where the JVM does not count them: the column reads {@code n/a}. */
    public static final long NOT_COUNTED = -1;

    /** Allocated bytes on a virtual thread, which has no count of its own: the column reads {@code virtual}. */
    public static final long VIRTUAL_THREAD = -2;
}
