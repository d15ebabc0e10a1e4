package memdebug.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import memdebug.testkit.PrintedLine;
import org.junit.jupiter.api.Test;

class MemDebuggerTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void markShowsTheBytesThisThreadAllocatedSinceIt() {
        MemDebugger md = MemDebugger.builder().output(out, false).gcMode(false).build();
        md.print(md.mark(), "warm-up");
        out.reset();
        Mark mark = md.mark();
        byte[] half = new byte[500_000];
        md.print(mark, "half", half.length);
        long allocated = PrintedLine.parse(text().strip()).allocated();
        assertTrue(allocated >= 500_016 && allocated <= 500_016 + 64 * 1024, "allocated " + allocated);
    }

    @Test
    void allocationColumnCountsSinceThisThreadsPreviousPrint() {
        MemDebugger md = MemDebugger.builder().output(out, false).gcMode(false).build();
        md.print(0L, "first");
        md.print(0L, "again");
        out.reset();
        byte[] kb = new byte[100_000];
        md.print(0L, "100k", kb.length);
        long allocated = PrintedLine.parse(text().strip()).allocated();
        assertTrue(allocated >= 100_016 && allocated <= 100_016 + 64 * 1024, "allocated " + allocated);
    }

    @Test
    void firstLineShowsTheOsColumnRedAndAnUnchangedOneNot() {
        MemDebugger md = MemDebugger.builder().output(out, true).gcMode(false).build();
        md.print(0L, "first");
        md.print(0L, "second");
        List<PrintedLine> lines = PrintedLine.parseAll(text());
        assertTrue(lines.get(0).osRed(), "first line: a new peak");
        assertFalse(lines.get(1).osRed(), "second line: RSS did not grow by 256 KiB");
    }

    @Test
    void elapsedUsesTheGivenClocksInGoFormat() {
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        Clock wall = Clock.fixed(Instant.parse("2026-01-01T00:01:30Z"), ZoneOffset.UTC);
        MemDebugger md = MemDebugger.builder().output(out, false).gcMode(false).nanoClock(nanos::get).wallClock(wall).build();
        md.print(5_000_000_000L - 1_500_000, "nanos");
        md.print(Instant.parse("2026-01-01T00:00:00Z"), "instant");
        md.print(5_001_500_000L, "future");
        md.print((Instant) null, "null t1");
        md.print(Long.MIN_VALUE, "min");
        md.print(Long.MAX_VALUE, "max");
        List<PrintedLine> lines = PrintedLine.parseAll(text());
        assertEquals("1.5ms", lines.get(0).elapsed());
        assertEquals("1m30s", lines.get(1).elapsed());
        assertEquals("-1.5ms", lines.get(2).elapsed());
        assertEquals("0s", lines.get(3).elapsed());
        assertEquals("null t1", lines.get(3).what());
        assertEquals("2562047h47m16.854775807s", lines.get(4).elapsed(), "saturated, not wrapped");
        assertEquals("-2562047h47m11.854775807s", lines.get(5).elapsed(), "a t1 far in the future");
    }

    @Test
    void badInputStillPrintsALine() {
        MemDebugger md = MemDebugger.builder().output(out, false).gcMode(false).build();
        md.print((Mark) null, (Object[]) null);
        md.print(0L, "esc\u001b[2J", "bell\u0007");
        List<PrintedLine> lines = PrintedLine.parseAll(text());
        assertEquals("null", lines.get(0).what());
        assertEquals("esc\\e[2J bell\\x07", lines.get(1).what());
    }

    @Test
    void manyThreadsPrintWholeLinesNoneMixedNoneLost() throws InterruptedException {
        MemDebugger md = MemDebugger.builder().output(out, false).gcMode(false).build();
        int threads = 32;
        int each = 2_000;
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int id = i;
            ts[i] = new Thread(() -> {
                for (int n = 0; n < each; n++) {
                    md.print(0L, "t" + id, n);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        List<PrintedLine> lines = PrintedLine.parseAll(text());
        assertEquals(threads * each, lines.size());
        int[] next = new int[threads];
        for (PrintedLine l : lines) {
            String[] parts = l.what().split(" ");
            int id = Integer.parseInt(parts[0].substring(1));
            assertEquals(next[id]++, Integer.parseInt(parts[1]), "lines of one thread stay in order");
        }
        for (int n : next) {
            assertEquals(each, n);
        }
    }

    @Test
    void aPrintInsideADatumsToStringComesOutWholeBeforeTheOuterLine() {
        MemDebugger md = MemDebugger.builder().output(out, false).gcMode(false).build();
        Object computed = new Object() {
            @Override
            public String toString() {
                md.print(0L, "inner-computed", 7);
                return "VALUE42";
            }
        };
        md.print(0L, "outer", computed, "after");
        md.print(0L, "next");
        List<PrintedLine> lines = PrintedLine.parseAll(text());
        assertEquals(List.of("inner-computed 7", "outer VALUE42 after", "next"), lines.stream().map(PrintedLine::what).toList());
    }

    @Test
    void printsNestedDeeperThanEightAreSkippedWithOneLogLine() throws Exception {
        MemDebugger md = MemDebugger.builder().output(out, false).gcMode(false).build();
        Object[] self = new Object[1];
        self[0] = new Object() {
            @Override
            public String toString() {
                md.print(0L, "level", self[0]);
                return "x";
            }
        };
        String log = LogCapture.during(() -> {
            md.print(0L, "level", self[0]);
            md.print(0L, "level", self[0]);
        });
        List<String> whats = PrintedLine.parseAll(text()).stream().map(PrintedLine::what).toList();
        assertEquals(java.util.Collections.nCopies(16, "level x"), whats);
        assertEquals(1, log.lines().count(), log);
        assertTrue(log.contains("memdebug skipped a print nested 9 deep"), log);
    }

    @Test
    void aPrintOnAnInterruptedThreadLeavesTheFlagSet() {
        MemDebugger md = MemDebugger.builder().output(out, false).gcMode(false).build();
        Thread.currentThread().interrupt();
        try {
            md.print(0L, "interrupted");
            md.print(md.mark(), "again");
            assertTrue(Thread.currentThread().isInterrupted(), "the host's interrupt is still pending");
        } finally {
            Thread.interrupted();
        }
        assertEquals(2, PrintedLine.parseAll(text()).size());
    }
}
