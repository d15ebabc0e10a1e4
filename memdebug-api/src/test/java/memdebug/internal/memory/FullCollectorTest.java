package memdebug.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.management.JMException;
import org.junit.jupiter.api.Test;

/** The collection route GC mode takes, and what it says when it cannot be exact. */
class FullCollectorTest {

    private static final String HISTOGRAM = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:            10           2400  [B (java.base@17.0.15)
               2:             3             48  com.acme.Order
            Total            13           2448
            """;

    /** What slf4j-simple writes to System.err while {@code block} runs. */
    private static String log(Runnable block) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            block.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static long count(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    @Test
    void theHistogramIsTheHeapWhenTheCommandAnswers() throws Exception {
        FakeCommands fake = new FakeCommands(HISTOGRAM);
        DiagnosticCommands commands = fake.register();
        FullCollector c = new FullCollector(() -> commands);
        String said = log(() -> {
            ClassHistogram h = c.collect();
            assertNotNull(h);
            assertEquals(2448, h.liveBytes());
            assertEquals(List.of(new ClassCount("byte[]", 10, 2400, ClassOrigin.JDK),
                    new ClassCount("com.acme.Order", 3, 48, ClassOrigin.HOST)), h.classes());
        });
        assertEquals(0, count(said, "WARN"), said);
        assertTrue(fake.calls >= 2, "the set-up's own histogram, then the print's: " + fake.calls);
    }

    @Test
    void noDiagnosticCommandsFallsBackAndSaysSoOnce() {
        FullCollector c = new FullCollector(() -> {
            throw new JMException("no such MBean");
        });
        String said = log(() -> {
            assertNull(c.collect());
            assertNull(c.collect());
        });
        assertEquals(1, count(said, "no HotSpot diagnostic commands"), said);
        assertEquals(1, count(said, "lines name no classes"), said);
    }

    @Test
    void anUnreadableHistogramFallsBackAndSaysSoOnce() throws Exception {
        DiagnosticCommands commands = new FakeCommands("GC.class_histogram: nothing to see\n").register();
        FullCollector c = new FullCollector(() -> commands);
        String said = log(() -> {
            assertNull(c.collect());
            assertNull(c.collect());
        });
        assertEquals(1, count(said, "printed what memdebug cannot read: GC.class_histogram: nothing to see"), said);
    }

    @Test
    void aHistogramThatFailsLaterFallsBackFromThenOn() throws Exception {
        FakeCommands fake = new FakeCommands(HISTOGRAM, HISTOGRAM, HISTOGRAM, HISTOGRAM, HISTOGRAM, HISTOGRAM, null);
        DiagnosticCommands commands = fake.register();
        FullCollector c = new FullCollector(() -> commands);
        String said = log(() -> {
            while (fake.calls < 6) {
                assertNotNull(c.collect());
            }
            assertNull(c.collect(), "the failing call");
            int calls = fake.calls;
            assertNull(c.collect(), "and no further histograms");
            assertEquals(calls, fake.calls);
        });
        assertEquals(1, count(said, "GC.class_histogram failed"), said);
        assertTrue(said.contains("the command failed"), said);
    }
}
