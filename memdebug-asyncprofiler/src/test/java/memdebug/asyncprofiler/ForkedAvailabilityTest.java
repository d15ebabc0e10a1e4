package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import memdebug.testkit.ChildJvm;
import one.profiler.AsyncProfiler;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * availability() in fresh JVMs, where async-profiler's native library has not been loaded yet:
 * this test JVM has loaded it already, and that cannot be undone.
 */
class ForkedAvailabilityTest {

    @TempDir
    Path temp;

    @Test
    void availableInAPlainJvm() throws Exception {
        String out = fork(List.of(), "plain");
        assertTrue(out.contains("available=true"), out);
    }

    @Test
    void bogusExtractPathIsRefusedWithThePathInTheReason() throws Exception {
        Path missing = temp.resolve("no such folder");
        String out = fork(List.of("-Done.profiler.extractPath=" + missing), "plain");
        assertTrue(out.contains("available=false"), out);
        String reason = reason(out);
        assertTrue(reason.contains("one.profiler.extractPath=" + missing), reason);
        assertTrue(reason.contains("No such file or directory"), "the underlying message: " + reason);
        assertTrue(reason.contains("memdebug.metrics=jmx"), reason);
    }

    @Test
    void missingAsyncProfilerJarIsReportedNotThrown() throws Exception {
        String jar = jarOf(AsyncProfiler.class).toString().replace(File.separatorChar, '/');
        String out = fork(jar::equals, List.of(), "plain");
        assertTrue(out.contains("available=false"), out);
        assertTrue(reason(out).contains("async-profiler jar (tools.profiler:async-profiler) is missing"), out);
    }

    @Test
    void aCopyLoadedByAnotherClassLoaderIsNotLoadedTwice() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs /proc/self/maps to see the other copy");
        String out = fork(List.of(), "other-loader", jarOf(AsyncProfiler.class).toString());
        assertTrue(out.contains("foreign=") && out.contains(" true"), "the other copy was loaded: " + out);
        assertTrue(out.contains("available=false"), out);
        assertTrue(reason(out).contains("another copy of async-profiler's native library is already loaded"), out);
    }

    @Test
    void anAgentThatIsProfilingIsNotTakenOver() throws Exception {
        Path library = extractBundledLibrary();
        String out = fork(List.of("-agentpath:" + library + "=start,event=cpu,interval=10ms"), "plain");
        assertTrue(out.contains("available=false"), out);
        assertTrue(reason(out).contains("already profiling"), out);
    }

    @Test
    void anIdleAgentIsSharedNotLoadedAgain() throws Exception {
        Path library = extractBundledLibrary();
        String out = fork(List.of("-agentpath:" + library), "plain");
        assertTrue(out.contains("available=true"), out);
    }

    @Test
    void servicesFileWorksOnTheClassPath() throws Exception {
        String out = fork(List.of(), "services");
        assertTrue(out.contains("provider=" + AsyncProfilerProvider.class.getName()), out);
    }

    private static String reason(String out) {
        return out.lines().filter(l -> l.startsWith("reason=")).findFirst().orElse("reason line missing from: " + out);
    }

    /** The async-profiler library bundled for this Linux machine, copied to a file an agent can load. */
    private Path extractBundledLibrary() throws IOException {
        String arch = System.getProperty("os.arch");
        String folder = arch.equals("amd64") ? "linux-x64" : arch.equals("aarch64") ? "linux-arm64" : null;
        Assumptions.assumeTrue(folder != null && System.getProperty("os.name").contains("Linux"),
                "the agent tests use the bundled Linux library");
        Path library = temp.resolve("libasyncProfiler.so");
        try (InputStream in = AsyncProfiler.class.getResourceAsStream("/" + folder + "/libasyncProfiler.so")) {
            Assumptions.assumeTrue(in != null, "the async-profiler jar has no " + folder + " library");
            Files.copy(in, library);
        }
        return library;
    }

    /** Runs {@link ForkedAvailability} with this JVM's java and paths; returns its output. */
    private static String fork(List<String> jvmOptions, String... args) throws Exception {
        return fork(p -> false, jvmOptions, args);
    }

    private static String fork(Predicate<String> drop, List<String> jvmOptions, String... args) throws Exception {
        ChildJvm child = child(drop).jvmArgs(jvmOptions).timeout(Duration.ofSeconds(60));
        ChildJvm.Result r = child.run(ChildJvm.Layout.CLASS_PATH, null, ForkedAvailability.class.getName(), args);
        String out = r.out() + r.err();
        assertEquals(0, r.exit(), out);
        return out;
    }

    /** A child JVM with this module's classes and test classes first, then every jar this JVM sees but those {@code drop} matches. */
    static ChildJvm child(Predicate<String> drop) {
        ChildJvm child = ChildJvm.with(drop);
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        child.entries().add(0, module.resolve("target/test-classes")); // the forked mains themselves
        if (!child.entries().contains(module.resolve("target/classes"))) {
            child.entries().add(1, module.resolve("target/classes"));
        }
        return child;
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
