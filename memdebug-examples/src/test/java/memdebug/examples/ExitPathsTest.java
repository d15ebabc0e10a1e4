package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import memdebug.testkit.ChildJvm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hosts that end while memdebug is busy still get their whole-session report, without waiting for
 * memdebug's time limits: the child JVMs here must end within 60 s (the exit hook's own limit is
 * 120 s, so a stall shows as a failure, not as a slow pass). The jmx backend, whose samples are
 * in memdebug's hands as soon as they are taken: JFR delivers its samples about once a second, and
 * a JVM exiting before the first delivery can end the stream with them undelivered (rarely).
 */
class ExitPathsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"sigterm-during-write, 143", "exit-in-callback, 4", "dump-flood, 5"})
    void theSessionReportIsWrittenWhateverWayTheHostEnds(String way, int exit) throws Exception {
        Path testClasses = Path.of(ExitPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ChildJvm child = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler")).timeout(Duration.ofSeconds(60));
        child.jvmArg("--patch-module", "memdebug.examples=" + testClasses, "-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=jmx");
        ChildJvm.Result r = child.run(ChildJvm.Layout.MODULE_PATH, "memdebug.examples", "memdebug.examples.ExitPaths", way);
        assertEquals(exit, r.exit(), r.err());
        Path cpu = dir.resolve("cpu.pdf");
        assertTrue(Files.exists(cpu), "cpu.pdf after " + way + ": " + r.err());
        String text = DemoTest.text(cpu);
        assertTrue(text.contains("memdebug.examples.Work.run"), "a whole, readable report:\n" + text + "\n" + r.err());
        assertFalse(r.err().contains("Exception in"), r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
        }
        if (way.equals("dump-flood")) {
            assertEquals(1, r.err().lines().filter(l -> l.contains("dumps are waiting to be written")).count(), r.err());
        }
    }
}
