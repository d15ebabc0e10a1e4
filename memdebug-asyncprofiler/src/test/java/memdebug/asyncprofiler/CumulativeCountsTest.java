package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CumulativeCountsTest {

    private static final Predicate<String> MEMDEBUG = name -> name.startsWith("memdebug-");

    private final CumulativeCounts counts = new CumulativeCounts();

    private Map<String, Long> advance(String dump) {
        return counts.advance(CollapsedLine.parseDump(dump), MEMDEBUG);
    }

    @Test
    void mergesDuplicateLinesAndThreads() {
        Map<String, Long> first = advance("""
                [main tid=1];A.a_[0];A.spin_[j] 3
                [main tid=1];A.a_[0];A.spin_[j] 68
                [w tid=2];A.a_[0];A.spin_[j] 9
                [w tid=2];B.b_[1] 5
                """);
        assertEquals(Map.of("A.a_[0];A.spin_[j]", 80L, "B.b_[1]", 5L), first);
    }

    @Test
    void handsOutOnlyWhatGrewSincePreviousDump() {
        advance("[main tid=1];A.a_[0] 10\n[main tid=1];B.b_[0] 4\n");
        Map<String, Long> second = advance("""
                [main tid=1];A.a_[0] 13
                [main tid=1];B.b_[0] 4
                [main tid=1];C.c_[0] 2
                """);
        assertEquals(Map.of("A.a_[0]", 3L, "C.c_[0]", 2L), second);
        assertEquals(Map.of(), advance("[main tid=1];A.a_[0] 13\n[main tid=1];B.b_[0] 4\n[main tid=1];C.c_[0] 2\n"));
        assertEquals(3, counts.size());
    }

    @Test
    void aShrinkingCountIsNeverNegativeNorCountedAgain() {
        advance("[main tid=1];A.a_[0] 10\n");
        assertEquals(Map.of(), advance("[main tid=1];A.a_[0] 7\n"));
        // growth is measured from the highest count seen, so the lost 3 are not handed out twice
        assertEquals(Map.of("A.a_[0]", 1L), advance("[main tid=1];A.a_[0] 11\n"));
    }

    @Test
    void memdebugThreadsAreDroppedAndRenamesDoNotRepeatHistory() {
        Map<String, Long> first = advance("[memdebug-writer tid=5];W.w_[j] 40\n[main tid=1];W.w_[j] 2\n");
        assertEquals(Map.of("W.w_[j]", 2L), first);
        // thread 5 renamed itself: only its samples since the last dump count, not its 40 earlier ones
        Map<String, Long> second = advance("[worker tid=5];W.w_[j] 46\n[main tid=1];W.w_[j] 2\n");
        assertEquals(Map.of("W.w_[j]", 6L), second);
    }

    @Test
    void clearForgetsEverything() {
        advance("[main tid=1];A.a_[0] 10\n");
        counts.clear();
        assertEquals(0, counts.size());
        assertEquals(Map.of("A.a_[0]", 10L), advance("[main tid=1];A.a_[0] 10\n"));
    }
}
