package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollapsedLineTest {

    @Test
    void splitsThreadStackAndCount() {
        CollapsedLine line = CollapsedLine.parse("[main tid=3946];Exp.main_[0];Exp.a_[1];Exp.spin_[j] 68");
        assertEquals(new CollapsedLine("main", 3946, "Exp.main_[0];Exp.a_[1];Exp.spin_[j]", 68), line);
    }

    @Test
    void threadNameMayHoldSpacesSemicolonsAndTidLookalikes() {
        // a real name printed by async-profiler 4.6 for Thread.setName("memdebug-writer x;y tid=1];z")
        CollapsedLine line = CollapsedLine.parse(
                "[memdebug-writer x;y tid=1];z tid=3981];java/lang/Thread.run_[0];Exp.b_[1] 103");
        assertEquals("memdebug-writer x;y tid=1];z", line.threadName());
        assertEquals(3981, line.tid());
        assertEquals("java/lang/Thread.run_[0];Exp.b_[1]", line.stack());
        assertEquals(103, line.count());
    }

    @Test
    void countIsAfterTheLastSpace() {
        CollapsedLine line = CollapsedLine.parse("[C1 CompilerThre tid=7];operator new;Foo::bar(int, long) 5");
        assertEquals(new CollapsedLine("C1 CompilerThre", 7, "operator new;Foo::bar(int, long)", 5), line);
    }

    @Test
    void unnamedThreadAndNoThreadFrame() {
        assertEquals(new CollapsedLine("", 12, "start_thread", 2), CollapsedLine.parse("[tid=12];start_thread 2"));
        assertEquals(new CollapsedLine("", -1, "[unknown];Foo.bar_[j]", 9), CollapsedLine.parse("[unknown];Foo.bar_[j] 9"));
        // a thread frame with nothing after it
        assertEquals(new CollapsedLine("idle", 4, "", 1), CollapsedLine.parse("[idle tid=4] 1"));
    }

    @Test
    void malformedLinesAreLeftOut() {
        assertNull(CollapsedLine.parse(""));
        assertNull(CollapsedLine.parse("Foo.bar_[j]"));
        assertNull(CollapsedLine.parse("Foo.bar_[j] "));
        assertNull(CollapsedLine.parse("Foo.bar_[j] 12x"));
        assertNull(CollapsedLine.parse("Foo.bar_[j] -3"));
        assertNull(CollapsedLine.parse("Foo.bar_[j] 99999999999999999999999"));
        List<CollapsedLine> dump = CollapsedLine.parseDump("[a tid=1];X.x_[j] 3\n\ngarbage\n[a tid=1];X.y_[j] 4\n");
        assertEquals(List.of(new CollapsedLine("a", 1, "X.x_[j]", 3), new CollapsedLine("a", 1, "X.y_[j]", 4)), dump);
    }
}
