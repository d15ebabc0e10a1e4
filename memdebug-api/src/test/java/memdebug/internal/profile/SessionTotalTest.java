package memdebug.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import memdebug.spi.Frame;
import memdebug.spi.StackSample;
import org.junit.jupiter.api.Test;

class SessionTotalTest {

    private static List<Frame> stack(int i, int depth) {
        List<Frame> frames = new ArrayList<>();
        for (int d = 0; d < depth; d++) {
            frames.add(Frame.java("a.B.m" + (d == depth - 1 ? "leaf" + i : d))); // new objects every time
        }
        return frames;
    }

    @Test
    void theSameStackAddsUpAndSharesOneFrameObjectPerDistinctFrame() {
        SessionTotal total = new SessionTotal();
        total.addAll(List.of(new StackSample(stack(1, 3), 2, 20), new StackSample(stack(2, 3), 1, 10)));
        total.addAll(List.of(new StackSample(stack(1, 3), 5, 50)));
        List<StackSample> out = total.stacks();
        assertEquals(2, out.size());
        StackSample one = out.stream().filter(s -> s.leaf().name().equals("a.B.mleaf1")).findFirst().orElseThrow();
        assertEquals(7, one.samples());
        assertEquals(70, one.weight());
        StackSample two = out.stream().filter(s -> s.leaf().name().equals("a.B.mleaf2")).findFirst().orElseThrow();
        assertSame(one.frames().get(0), two.frames().get(0), "interned");
        assertEquals(List.of(), total.notes());
    }

    @Test
    void pastTheLimitNewStacksKeepTheirInnermostFramesAndEverySampleStillCounts() {
        SessionTotal total = new SessionTotal();
        int extra = 500;
        List<StackSample> batch = new ArrayList<>();
        for (int i = 0; i < SessionTotal.MAX_STACKS + extra; i++) {
            batch.add(new StackSample(stack(i, 20), 1, 3));
        }
        total.addAll(batch);
        List<StackSample> out = total.stacks();
        assertEquals(SessionTotal.MAX_STACKS + extra, out.stream().mapToLong(StackSample::samples).sum(), "no sample lost");
        assertEquals(3L * (SessionTotal.MAX_STACKS + extra), out.stream().mapToLong(StackSample::weight).sum());
        assertEquals(SessionTotal.MAX_STACKS + extra, out.size(), "distinct leaves stay distinct when cut");
        List<StackSample> cut = out.stream().filter(s -> s.frames().get(0).name().startsWith("[memdebug: more than")).toList();
        assertEquals(extra, cut.size());
        for (StackSample s : cut) {
            assertEquals(1 + SessionTotal.KEPT_FRAMES, s.frames().size());
            assertTrue(s.leaf().name().startsWith("a.B.mleaf"), "the running function is kept: " + s.leaf());
        }
        assertEquals(1, total.notes().size());
        assertTrue(total.notes().get(0).startsWith(extra + " samples came after"), total.notes().toString());
    }
}
