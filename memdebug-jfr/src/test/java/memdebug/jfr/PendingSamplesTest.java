package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import memdebug.spi.Frame;
import memdebug.spi.ProfileKind;
import memdebug.spi.Samples;
import memdebug.spi.StackSample;
import org.junit.jupiter.api.Test;

class PendingSamplesTest {

    private static final List<Frame> A = List.of(Frame.java("a"));
    private static final List<Frame> B = List.of(Frame.java("b"));

    private static long samples(Samples s, ProfileKind kind) {
        return s.get(kind).stream().mapToLong(StackSample::samples).sum();
    }

    @Test
    void aDrainTakesWhatCameBeforeItsEndAndLeavesTheRest() {
        PendingSamples p = new PendingSamples();
        p.add(new TimedSample(100, ProfileKind.CPU, 1, A, 10));
        p.add(new TimedSample(250, ProfileKind.CPU, 1, B, 10)); // delivered late, after a later one
        p.add(new TimedSample(200, ProfileKind.CPU, 1, A, 10));
        p.add(new TimedSample(199, ProfileKind.ALLOC, 1, B, 64));
        Samples first = p.takeBefore(200);
        assertEquals(List.of(new StackSample(A, 1, 10)), first.get(ProfileKind.CPU));
        assertEquals(List.of(new StackSample(B, 1, 64)), first.get(ProfileKind.ALLOC));
        p.add(new TimedSample(150, ProfileKind.CPU, 1, A, 10)); // late for the first cut: goes to the next
        Samples second = p.takeBefore(300);
        assertEquals(3, samples(second, ProfileKind.CPU));
        assertEquals(20, second.get(ProfileKind.CPU).stream().filter(s -> s.frames().equals(A)).mapToLong(StackSample::weight).sum());
        assertEquals(0, samples(p.takeAll(), ProfileKind.CPU), "each sample handed over once");
    }

    @Test
    void pastTheLimitTheOlderHalfIsAddedUpAndGivenToTheNextDrain() {
        PendingSamples p = new PendingSamples();
        for (int i = 0; i <= PendingSamples.MAX_HELD; i++) {
            p.add(new TimedSample(i, ProfileKind.CPU, 1, i % 2 == 0 ? A : B, 1));
        }
        assertEquals(PendingSamples.MAX_HELD / 2, p.foldedCount());
        assertEquals(PendingSamples.MAX_HELD / 2 + 1, p.size());
        Samples s = p.takeBefore(PendingSamples.MAX_HELD - 9);
        assertEquals(PendingSamples.MAX_HELD - 9, samples(s, ProfileKind.CPU), "the added-up half and the held ones before the end");
        assertEquals(10, samples(p.takeAll(), ProfileKind.CPU));
        p.close();
        p.add(new TimedSample(1, ProfileKind.CPU, 1, A, 1));
        assertEquals(0, p.size(), "closed: nothing is held");
    }
}
