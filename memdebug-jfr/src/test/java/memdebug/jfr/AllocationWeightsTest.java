package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import memdebug.spi.Frame;
import memdebug.spi.ProfileKind;
import org.junit.jupiter.api.Test;

class AllocationWeightsTest {

    private static final List<Frame> A = List.of(Frame.java("a"));
    private static final List<Frame> B = List.of(Frame.java("b"));
    private static final long SECOND = 1_000_000_000L;

    private static TimedSample s(long nanos, long thread, List<Frame> stack, long weight) {
        return new TimedSample(nanos, ProfileKind.ALLOC, thread, stack, weight);
    }

    @Test
    void eachThreadsSecondIsSharedEvenlyAndKeepsItsTotal() {
        List<TimedSample> in = List.of(
                s(10 * SECOND, 1, A, 1_000_000), s(10 * SECOND + 5, 1, B, 1), s(10 * SECOND + 9, 1, A, 2),
                s(10 * SECOND + 3, 2, B, 700),
                s(11 * SECOND, 1, B, 10));
        List<TimedSample> out = AllocationWeights.perThreadSecond(in);
        assertEquals(List.of(333_335L, 333_334L, 333_334L, 700L, 10L), out.stream().map(TimedSample::weight).toList(),
                "thread 1's first second: 1,000,003 bytes over three samples, the rest to the first");
        assertEquals(in.stream().mapToLong(TimedSample::weight).sum(), out.stream().mapToLong(TimedSample::weight).sum());
        assertEquals(List.of(A, B, A, B, B), out.stream().map(TimedSample::frames).toList(), "stacks and order kept");
    }
}
