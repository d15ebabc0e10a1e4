package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.Samples;
import memdebug.spi.StackSample;
import org.junit.jupiter.api.Test;

class IntervalCutTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<Frame> A = List.of(Frame.java("Main.run"), Frame.java("Main.a"));
    private static final List<Frame> B = List.of(Frame.java("Main.run"), Frame.java("Main.b"));
    private static final List<Frame> BYTES = List.of(Frame.java("Main.a"), new Frame("byte[]", FrameKind.ALLOCATED_TYPE));

    private static TimedSample cpu(long millis, List<Frame> frames) {
        return new TimedSample(ProfileKind.CPU, TimedSample.epochNanos(T0.plusMillis(millis)), frames, 10_000_000);
    }

    private static TimedSample alloc(long millis, long bytes) {
        return new TimedSample(ProfileKind.ALLOC, TimedSample.epochNanos(T0.plusMillis(millis)), BYTES, bytes);
    }

    private static Map<List<Frame>, long[]> byStack(List<StackSample> stacks) {
        Map<List<Frame>, long[]> m = new HashMap<>();
        for (StackSample s : stacks) {
            long[] old = m.put(s.frames(), new long[] {s.samples(), s.weight()});
            assertEquals(null, old, "each stack once per drain");
        }
        return m;
    }

    @Test
    void samplesAfterUntilWaitForTheNextDrain() {
        IntervalCut cut = new IntervalCut(List.of(ProfileKind.CPU, ProfileKind.ALLOC));
        Samples first = cut.take(List.of(cpu(10, A), cpu(20, A), cpu(30, B), alloc(15, 524288), alloc(31, 4096)),
                T0.plusMillis(20), false);
        assertEquals(2, first.get(ProfileKind.CPU).get(0).samples());
        assertEquals(20_000_000, first.get(ProfileKind.CPU).get(0).weight(), "a sample at exactly until belongs to it");
        assertEquals(1, first.get(ProfileKind.CPU).size());
        assertEquals(List.of(new StackSample(BYTES, 1, 524288)), first.get(ProfileKind.ALLOC));
        assertEquals(2, cut.held());

        Samples second = cut.take(List.of(cpu(40, A)), T0.plusMillis(35), false);
        Map<List<Frame>, long[]> cpu = byStack(second.get(ProfileKind.CPU));
        assertEquals(1, cpu.get(B)[0], "held from the first drain");
        assertEquals(1, cut.held(), "the sample at 40 ms waits");
        assertEquals(List.of(new StackSample(BYTES, 1, 4096)), second.get(ProfileKind.ALLOC));

        Samples last = cut.take(List.of(cpu(5000, A)), T0.plusMillis(36), true);
        assertEquals(List.of(new StackSample(A, 2, 20_000_000)), last.get(ProfileKind.CPU), "everything at the end");
        assertEquals(List.of(), last.get(ProfileKind.ALLOC), "a kind with nothing is listed empty");
        assertEquals(0, cut.held());
    }

    @Test
    void equalStacksFromDifferentChunksAreMerged() {
        IntervalCut cut = new IntervalCut(List.of(ProfileKind.CPU));
        List<Frame> sameAsA = new ArrayList<>(A); // another chunk's list object with the same frames
        Samples s = cut.take(List.of(cpu(1, A), cpu(2, sameAsA), cpu(3, A)), T0.plusSeconds(1), false);
        assertEquals(List.of(new StackSample(A, 3, 30_000_000)), s.get(ProfileKind.CPU));
    }

    @Test
    void kindsNotCutAreIgnored() {
        IntervalCut cut = new IntervalCut(List.of(ProfileKind.CPU));
        Samples s = cut.take(List.of(alloc(1, 100), cpu(2, A)), T0.plusSeconds(1), false);
        assertEquals(List.of(ProfileKind.CPU), List.copyOf(s.byKind().keySet()));
        assertEquals(0, cut.held());
    }

    /** Random times, random cuts, samples arriving up to 50 ms late: every sample is handed out once. */
    @Test
    void everySampleIsHandedOutExactlyOnce() {
        Random random = new Random(42);
        IntervalCut cut = new IntervalCut(List.of(ProfileKind.CPU, ProfileKind.ALLOC));
        List<TimedSample> all = new ArrayList<>();
        long handedCpu = 0;
        long handedBytes = 0;
        long now = 0;
        for (int drain = 0; drain < 200; drain++) {
            long until = now + random.nextInt(100);
            now = until + random.nextInt(60); // the drain runs a little after its interval ended
            List<TimedSample> fresh = new ArrayList<>();
            for (int i = random.nextInt(50); i > 0; i--) {
                long t = Math.max(0, now - random.nextInt(120));
                TimedSample s = random.nextBoolean() ? cpu(t, random.nextBoolean() ? A : B) : alloc(t, 1 + random.nextInt(1000));
                all.add(s);
                fresh.add(s);
            }
            Samples got = cut.take(fresh, T0.plusMillis(until), drain == 199);
            for (StackSample s : got.get(ProfileKind.CPU)) {
                handedCpu += s.samples();
            }
            for (StackSample s : got.get(ProfileKind.ALLOC)) {
                handedBytes += s.weight();
            }
        }
        assertEquals(all.stream().filter(s -> s.kind().equals(ProfileKind.CPU)).count(), handedCpu);
        assertEquals(all.stream().filter(s -> s.kind().equals(ProfileKind.ALLOC)).mapToLong(TimedSample::weight).sum(), handedBytes);
        assertEquals(0, cut.held());
    }
}
