package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;
import memdebug.testkit.ChildJvm;
import memdebug.testkit.PrintedLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flags and settings as a user sets them on a real JVM, and what the line and the log then say. */
class SettingsInChildTest {

    private static ChildJvm.Result run(String... jvmArgs) throws Exception {
        ChildJvm.Result r = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler")).jvmArg(jvmArgs)
                .run(ChildJvm.Layout.MODULE_PATH, "memdebug.examples", "memdebug.examples.RetainedDelta", "2");
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    @ParameterizedTest
    @CsvSource({"-XX:+DisableExplicitGC", "-XX:+ExplicitGCInvokesConcurrent", "-XX:+UseZGC"})
    void flagsThatDefeatSystemGcLeaveTheDeltasExact(String flag) throws Exception {
        ChildJvm.Result r = run(flag);
        List<PrintedLine> lines = PrintedLine.parseAll(r.out());
        assertEquals(8, lines.size(), r.out());
        // The second round's kept 1 and kept 2 follow prints of the same arguments.
        assertEquals(1_000_016, lines.get(5).delta(), flag + ":\n" + r.out());
        assertEquals(1_000_016, lines.get(6).delta(), flag + ":\n" + r.out());
        assertEquals("byte[] +1 (+1000016 B)", lines.get(6).classes(), flag + ":\n" + r.out());
        assertFalse(r.err().contains("not exact"), "nothing to warn about: " + r.err());
    }

    @Test
    void stackColumnComesFromNmtWhenTrackingIsOn() throws Exception {
        long bound = PrintedLine.parseAll(run().out()).get(0).stack();
        assertEquals(0, bound % (1024 * 1024), "without NMT: threads × 1 MiB ThreadStackSize, " + bound);
        long committed = PrintedLine.parseAll(run("-XX:NativeMemoryTracking=summary").out()).get(0).stack();
        assertNotEquals(0, committed % (1024 * 1024), "NMT's committed stack memory, " + committed);
        assertTrue(committed > 0 && committed < bound, committed + " committed vs " + bound + " reserved bound");
    }

    @Test
    void colorSettings() throws Exception {
        assertTrue(run("-Dmemdebug.color=always").out().contains("\u001b[33m"));
        assertFalse(run("-Dmemdebug.color=never").out().contains("\u001b"));
        ChildJvm.Result noColor = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler"))
                .jvmArg("-Dmemdebug.color=always").env("NO_COLOR", "1")
                .run(ChildJvm.Layout.CLASS_PATH, "memdebug.examples", "memdebug.examples.RetainedDelta", "1");
        assertFalse(noColor.out().contains("\u001b"), "NO_COLOR wins over always");
        assertEquals(4, PrintedLine.parseAll(noColor.out()).size());
    }

    @Test
    void colorAutoColorsInATerminalAndNeedsNoNativeCode() throws Exception {
        ChildJvm.Result tty = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler")).inTerminal()
                .run(ChildJvm.Layout.MODULE_PATH, "memdebug.examples", "memdebug.examples.RetainedDelta", "1");
        assertEquals(0, tty.exit(), tty.out());
        assertTrue(tty.out().contains("\u001b[33m"), "colored on a terminal: " + tty.out());
        List<String> lines = tty.out().replace("\r", "").lines().filter(l -> l.contains(" <- ")).toList();
        assertEquals(4, lines.size(), tty.out());
        lines.forEach(PrintedLine::parse);
        assertFalse(tty.out().contains("WARNING"), "no native library loaded for the check: " + tty.out());
    }

    @Test
    void outputCanGoToStderrOrToTheLogger() throws Exception {
        ChildJvm.Result err = run("-Dmemdebug.output=stderr", "-Dmemdebug.color=never");
        assertEquals("", err.out());
        assertEquals(8, err.err().lines().filter(l -> l.contains(" <-   [round")).count(), err.err());

        ChildJvm.Result log = run("-Dmemdebug.output=slf4j", "-Dmemdebug.color=always");
        assertEquals("", log.out());
        List<String> lines = log.err().lines().filter(l -> l.contains("INFO memdebug.line - ")).toList();
        assertEquals(8, lines.size(), log.err());
        assertFalse(log.err().contains("\u001b"), "uncolored in the log");
        PrintedLine.parse(lines.get(0).substring(lines.get(0).indexOf(" - ") + 3));
    }

    @Test
    void aBadSettingIsLoggedAndTheDefaultUsed() throws Exception {
        ChildJvm.Result r = run("-Dmemdebug.color=purple", "-Dmemdebug.maxData=-1", "-Dmemdebug.gc=sometimes");
        assertTrue(r.err().contains("memdebug.color=purple is not valid"), r.err());
        assertTrue(r.err().contains("memdebug.maxData=-1 is not valid"), r.err());
        assertTrue(r.err().contains("memdebug.gc=sometimes is not valid (expected true or false); using true"), r.err());
        assertEquals(8, PrintedLine.parseAll(r.out()).size());
    }

    @Test
    void maxDataMeaningUnlimitedIsCappedAtTheLineLimitNotACrash() throws Exception {
        ChildJvm.Result property = run("-Dmemdebug.maxData=2147483647");
        assertEquals(8, PrintedLine.parseAll(property.out()).size(), property.err());
        assertEquals(1, property.err().lines().filter(l -> l.contains(
                "memdebug.maxData=2147483647 is above the limit of 65536 characters; using 65536")).count(), property.err());

        ChildJvm.Result env = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler")).env("MEMDEBUG_MAX_DATA", "2147483647")
                .run(ChildJvm.Layout.CLASS_PATH, "memdebug.examples", "memdebug.examples.RetainedDelta", "1");
        assertEquals(0, env.exit(), env.err());
        assertEquals(4, PrintedLine.parseAll(env.out()).size(), env.err());
        assertFalse(env.err().contains("Error"), env.err());
    }
}
