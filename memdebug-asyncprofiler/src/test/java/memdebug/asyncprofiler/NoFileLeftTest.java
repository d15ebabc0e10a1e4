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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The recording never stays on disk: not while sampling, not after close, System.exit or kill -9. */
class NoFileLeftTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"close", "exit", "wait"})
    void nothingStaysInTheFolder(String ending) throws Exception {
        Process child = new ProcessBuilder(ForkedAvailabilityTest.command(ForkedAvailabilityTest.classPath(), List.of(),
                ForkedSession.class, folder.toString(), ending)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
