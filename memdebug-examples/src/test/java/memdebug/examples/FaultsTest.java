package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memdebug.testkit.ChildJvm;
import memdebug.testkit.PrintedLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Hosts that misbehave, in JVMs of their own: memdebug logs, goes on, and never changes how the host ends. */
class FaultsTest {

    @TempDir
    Path dir;

    @Test
    void brokenServiceEntriesAreSkippedWithOneLineEachAndJmxIsUsed() throws Exception {
        Path extra = Files.createDirectories(dir.resolve("extra/META-INF/services"));
        Files.writeString(extra.resolve("memdebug.spi.MetricsProvider"),
                "com.example.MissingProvider\nmemdebug.examples.BrokenProvider\n", StandardCharsets.UTF_8);
        Path testClasses = Path.of(BrokenProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ChildJvm child = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler"));
        child.entries().add(dir.resolve("extra"));
        child.entries().add(testClasses);
        ChildJvm.Result r = child.jvmArg("-Dmemdebug.dir=" + dir)
                .run(ChildJvm.Layout.CLASS_PATH, "memdebug.examples", "memdebug.examples.Planted", "200");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("com.example.MissingProvider")).count(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("planted constructor failure")).count(), r.err());
        assertTrue(r.err().contains("memdebug metrics provider: jmx"), r.err());
        assertTrue(Files.exists(dir.resolve("cpu.pdf")));
    }

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void aJvmThatExitsWhileProfilingWritesTheSessionAndLateCallsAreHarmless(ChildJvm.Layout layout) throws Exception {
        // The exiting host is test code: on the module path it is patched into memdebug.examples.
        Path testClasses = Path.of(ExitWhileProfiling.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ChildJvm child = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler"));
        if (layout == ChildJvm.Layout.MODULE_PATH) {
            child.jvmArg("--patch-module", "memdebug.examples=" + testClasses);
        } else {
            child.entries().add(testClasses);
        }
        ChildJvm.Result r = child.jvmArg("-Dmemdebug.dir=" + dir)
                .run(layout, "memdebug.examples", "memdebug.examples.ExitWhileProfiling");
        assertEquals(3, r.exit(), "the host's exit code is kept: " + r.err());
        assertTrue(Files.size(dir.resolve("cpu.pdf")) > 1000, r.err());
        assertTrue(DemoTest.text(dir.resolve("cpu.pdf")).contains("memdebug.examples.Work.run"));
        assertFalse(r.err().contains("Exception in"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("memdebug metrics provider:")).count(), "chosen once: " + r.err());
        assertTrue(r.err().contains("the JVM is shutting down") || r.err().contains("already profiling"),
                "profile() in the host's exit hook starts nothing: " + r.err());
        List<PrintedLine> lines = PrintedLine.parseAll(r.out());
        assertEquals("work", lines.get(0).what().split(" ")[0]);
        assertTrue(r.out().contains("in the host's shutdown hook") && r.out().contains("still fine"), r.out());
    }
}
