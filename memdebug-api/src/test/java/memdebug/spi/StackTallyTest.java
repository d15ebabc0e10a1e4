package memdebug.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackTallyTest {

    private static final List<Frame> A = List.of(new Frame("main", FrameKind.JAVA), new Frame("a", FrameKind.JAVA));
    private static final List<Frame> B = List.of(new Frame("main", FrameKind.JAVA), new Frame("b", FrameKind.JAVA));

    @Test
    void addsSamplesAndWeightPerStackAndDrainStartsAgain() {
        StackTally tally = new StackTally();
        tally.add(A, 1, 10);
        tally.add(new ArrayList<>(A), 2, 5); // equal frames in another list: the same stack
        tally.add(B, 1, 7);
        tally.add(B, 0, 100); // no sample: ignored
        tally.add(List.of(), 1, 100);
        assertEquals(List.of(new StackSample(A, 3, 15), new StackSample(B, 1, 7)), sorted(tally.drain()));
        assertEquals(List.of(), tally.drain());
    }

    @Test
    void weightWithoutASampleGoesOnlyToAStackCountedSinceTheLastDrain() {
        StackTally tally = new StackTally();
        tally.add(A, 1, 10);
        assertTrue(tally.addWeight(new ArrayList<>(A), 30));
        assertFalse(tally.addWeight(B, 30), "B was never counted");
        assertTrue(tally.addWeight(A, -5), "a negative weight adds nothing");
        assertEquals(List.of(new StackSample(A, 1, 40)), tally.drain());
        assertFalse(tally.addWeight(A, 30), "A was drained");
        assertEquals(List.of(), tally.drain());
    }

    private static List<StackSample> sorted(List<StackSample> samples) {
        List<StackSample> s = new ArrayList<>(samples);
        s.sort(java.util.Comparator.comparing(x -> x.leaf().name()));
        return s;
    }
}
