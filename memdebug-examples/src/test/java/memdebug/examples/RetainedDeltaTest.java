package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;
import memdebug.testkit.ChildJvm;
import memdebug.testkit.PrintedLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GC mode's promise with the example program, in a JVM of its own so that nothing else retains
 * memory between prints: a kept {@code byte[1_000_000]} reads exactly 1000016 bytes, three
 * dropped read 3000048, green, whatever G1's region size (1 MB regions under the 512 MB heap
 * here, where the array is humongous).
 *
 * <p>The JIT can still retain a few bytes of the host's own at some print (it interns the
 * constants of the classes it compiles; memdebug does so for its own beforehand), so after two
 * warm-up rounds nine in ten readings must be exact and every one within 1 KiB.
 */
class RetainedDeltaTest {

    private static final int ROUNDS = 10;
    private static final int WARM_UP_ROUNDS = 2;

    @ParameterizedTest
    @CsvSource({"-XX:+UseG1GC -Xmx512m, MODULE_PATH", "-XX:+UseParallelGC, MODULE_PATH",
        "-XX:+UseG1GC -Xmx512m, CLASS_PATH", "-XX:+UseParallelGC, CLASS_PATH"})
    void keptAndFreedArraysReadTheirExactRetainedSize(String collector, ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler"))
                .jvmArg(collector.split(" "))
                .jvmArg("-Dmemdebug.color=always")
                .run(layout, "memdebug.examples", "memdebug.examples.RetainedDelta", Integer.toString(ROUNDS));
        assertEquals(0, r.exit(), r.err());
        List<PrintedLine> lines = PrintedLine.parseAll(r.out());
        assertEquals(4 * ROUNDS, lines.size(), r.out());
        int exact = 0;
        int measured = 0;
        for (PrintedLine l : lines.subList(4 * WARM_UP_ROUNDS, lines.size())) {
            boolean freed = l.what().endsWith("freed");
            long expected = freed ? 3_000_048 : 1_000_016;
            assertEquals(freed, l.freed(), "freed is green, kept is yellow: " + l);
            assertTrue(Math.abs(l.delta() - expected) <= 1024, collector + " " + l);
            exact += l.delta() == expected ? 1 : 0;
            measured++;
        }
        assertTrue(exact * 10 >= measured * 9, collector + ": only " + exact + " of " + measured + " exact:\n" + r.out());
    }
}
