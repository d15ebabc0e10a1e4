package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import memdebug.testkit.ChildJvm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recording never stays on disk: not while sampling, not after close, System.exit or kill -9.
 * And async-profiler's own messages stay off the host's stdout.
 */
class NoFileLeftTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"close", "exit", "wait"})
    void nothingStaysInTheFolder(String ending) throws Exception {
        Process child = new ProcessBuilder(ForkedAvailabilityTest.child(p -> false).command(ChildJvm.Layout.CLASS_PATH, null,
                ForkedSession.class.getName(), folder.toString(), ending)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Assumptions.assumeFalse("UNAVAILABLE".equals(line), "async-profiler is not available here");
            assertTrue(line != null && line.startsWith("DRAINED "), "the child sampled: " + line);
            assertTrue(Long.parseLong(line.substring(8)) > 0, "allocation stacks were read: " + line);
            assertEquals(List.of(), files(), "while sampling, the recording has no name in the folder");
            if (ending.equals("wait")) {
                child.destroyForcibly(); // kill -9: nothing of memdebug's runs
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ended");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(List.of(), files(), "after " + ending);
    }

    /**
     * With few open files allowed, async-profiler cannot open perf events for threads started
     * while it samples, and says so: not on the host's stdout, but once in memdebug's log.
     */
    @org.junit.jupiter.api.Test
    void asyncProfilersWarningsGoToTheLogOnceAndNotToStdout() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a shell to lower the open-files limit");
        List<String> java = ForkedAvailabilityTest.child(p -> false).command(ChildJvm.Layout.CLASS_PATH, null,
                ForkedSession.class.getName(), folder.toString(), "threads");
        String quoted = String.join(" ", java.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        Process child = new ProcessBuilder("/bin/sh", "-c", "ulimit -n 120 && exec " + quoted).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ended");
        Assumptions.assumeFalse(out.contains("UNAVAILABLE"), "async-profiler is not available here");
        Assumptions.assumeTrue(out.contains("ENGINE perf_events"), "perf events are not used here: " + out);
        assertEquals(0, child.exitValue(), out + err);
        assertEquals(List.of("DRAINED", "ENGINE"), out.lines().map(l -> l.split(" ")[0]).toList(), "stdout: " + out);
        String said = "WARN memdebug.asyncprofiler - memdebug: async-profiler says: perf_event_open for TID ";
        assertTrue(err.contains(said) && err.contains("failed: Too many open files"), err);
        assertEquals(err.indexOf(said), err.lastIndexOf(said), "once: " + err);
        assertEquals(List.of(), files());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
