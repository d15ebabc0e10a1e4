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
import org.junit.jupiter.params.provider.CsvSource;
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
        assertTrue(r.err().contains("memdebug metrics provider: jfr"), "the next in rank: " + r.err());
        assertTrue(Files.exists(dir.resolve("cpu.pdf")));
    }

    /** A child that can run the test hosts: on the module path they are patched into memdebug.examples. */
    private static ChildJvm withTestHosts(ChildJvm.Layout layout) throws Exception {
        Path testClasses = Path.of(ExitWhileProfiling.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ChildJvm child = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler"));
        if (layout == ChildJvm.Layout.MODULE_PATH) {
            child.jvmArg("--patch-module", "memdebug.examples=" + testClasses);
        } else {
            child.entries().add(testClasses);
        }
        return child;
    }

    @ParameterizedTest
    @CsvSource({"MODULE_PATH, jmx", "CLASS_PATH, jmx", "MODULE_PATH, jfr", "CLASS_PATH, jfr"})
    void aJvmThatExitsWhileProfilingWritesTheSessionAndLateCallsAreHarmless(ChildJvm.Layout layout, String backend)
            throws Exception {
        // JFR's own shutdown hook stops its recordings while memdebug's writes the session; JFR's files go too.
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        // Sampling every 1 ms: the host works only 300 ms, and a loaded machine leaves few samples of that.
        // With jfr it works 1.5 s: an exit before JFR's first delivery (a second in) now and then loses
        // every sample, as the README says; after it, the samples delivered are kept.
        String millis = backend.equals("jfr") ? "1500" : "300";
        ChildJvm.Result r = withTestHosts(layout).jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=" + backend,
                        "-Djava.io.tmpdir=" + tmp, "-Dmemdebug.interval=1ms")
                .run(layout, "memdebug.examples", "memdebug.examples.ExitWhileProfiling", millis);
        assertTrue(r.err().contains("memdebug metrics provider: " + backend), r.err());
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "no file left in the temporary folder (JFR's repository is there)");
        }
        assertEquals(3, r.exit(), "the host's exit code is kept: " + r.err());
        assertTrue(Files.size(dir.resolve("cpu.pdf")) > 1000, r.err());
        assertTrue(DemoTest.text(dir.resolve("cpu.pdf")).contains("memdebug.examples.Work.run"), r.err());
        assertFalse(r.err().contains("Exception in"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("memdebug metrics provider:")).count(), "chosen once: " + r.err());
        assertTrue(r.err().contains("the JVM is shutting down") || r.err().contains("already profiling"),
                "profile() in the host's exit hook starts nothing: " + r.err());
        // The host's GC-mode print in its hook can meet memdebug's exit hook compressing the report
        // (a JNI critical section): HotSpot then says on stdout that its histogram's collection was
        // skipped, and memdebug collects again. That line is the JVM's, not memdebug's.
        List<PrintedLine> lines = PrintedLine.parseAll(r.out().lines()
                .filter(l -> !l.matches("\\[[0-9.]+s\\]\\[warning\\]\\[gc\\] GC locker is held.*"))
                .collect(java.util.stream.Collectors.joining("\n")));
        assertEquals("work", lines.get(0).what().split(" ")[0]);
        assertTrue(r.out().contains("in the host's shutdown hook") && r.out().contains("still fine"), r.out());
    }

    @Test
    void printsOnInterruptedThreadsKeepTheFlagAndTheOsColumnStaysTheProcesssRss() throws Exception {
        // A committed heap of 512 MiB: the JVM's own accounts, the fallback, would read above it.
        ChildJvm.Result r = withTestHosts(ChildJvm.Layout.MODULE_PATH).jvmArg("-Xms512m", "-Xmx512m")
                .run(ChildJvm.Layout.MODULE_PATH, "memdebug.examples", "memdebug.examples.InterruptedHost");
        assertEquals(0, r.exit(), r.err());
        List<PrintedLine> lines = PrintedLine.parseAll(r.out());
        assertEquals(List.of("first, interrupted", "still interrupted true", "cleared", "other thread", "interrupted again",
                "still interrupted true"), lines.stream().map(PrintedLine::what).toList());
        List<Long> rss = r.err().lines().filter(l -> l.startsWith("rss ")).map(l -> Long.parseLong(l.substring(4))).toList();
        assertEquals(lines.size(), rss.size(), r.err());
        for (int i = 0; i < lines.size(); i++) {
            long os = lines.get(i).os();
            assertTrue(Math.abs(os - rss.get(i)) < 32L << 20, "line " + i + ": OS column " + os + ", VmRSS " + rss.get(i));
        }
        assertFalse(r.err().contains("WARN"), r.err());
    }

    @Test
    void aClosedStdoutIsSaidOnceInTheLogAndLaterLinesAreStillTried() throws Exception {
        Path file = dir.resolve("new-stdout.txt");
        ChildJvm.Result r = withTestHosts(ChildJvm.Layout.MODULE_PATH)
                .run(ChildJvm.Layout.MODULE_PATH, "memdebug.examples", "memdebug.examples.ClosedStdoutHost", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("before close"), PrintedLine.parseAll(r.out()).stream().map(PrintedLine::what).toList());
        assertEquals(1, r.err().lines().filter(l -> l.contains("memdebug's lines are being lost: System.out reports a write "
                + "error (PrintStream.checkError(); it may be closed)")).count(), r.err());
        assertEquals(List.of("to the new System.out"),
                PrintedLine.parseAll(Files.readString(file, StandardCharsets.UTF_8)).stream().map(PrintedLine::what).toList());
    }

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void slf4jOutputWithoutAnSlf4jProviderGoesToStdoutAndSaysWhyOnce(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler").or(p -> p.contains("slf4j-simple")))
                .jvmArg("-Dmemdebug.output=slf4j")
                .run(layout, "memdebug.examples", "memdebug.examples.RetainedDelta", "1");
        assertEquals(0, r.exit(), r.err());
        assertEquals(4, PrintedLine.parseAll(r.out()).size(), r.out() + r.err());
        assertEquals(1, r.err().lines().filter(l -> l.equals("memdebug: memdebug.output=slf4j, but SLF4J has no provider "
                + "here and logs nothing; memdebug's lines go to standard output instead. Put an SLF4J 2 provider such as "
                + "slf4j-simple or logback-classic on the path to send them to the logger memdebug.line.")).count(), r.err());
    }
}
