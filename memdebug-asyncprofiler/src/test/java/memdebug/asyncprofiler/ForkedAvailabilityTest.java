package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
        String jar = jarOf(AsyncProfiler.class).toString();
        List<String> withoutJar = classPath().stream().filter(entry -> !entry.equals(jar)).toList();
        String out = fork(withoutJar, List.of(), "plain");
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

    /** Runs {@link ForkedAvailability} with this JVM's java and class path; returns its output. */
    private static String fork(List<String> jvmOptions, String... args) throws Exception {
        return fork(List.copyOf(classPath()), jvmOptions, args);
    }

    private static String fork(List<String> classPath, List<String> jvmOptions, String... args) throws Exception {
        Process process = new ProcessBuilder(command(classPath, jvmOptions, ForkedAvailability.class, args))
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the forked JVM did not finish");
        String out = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    /** The command that runs {@code main} in a fresh JVM on {@code classPath}, allowed to load native code. */
    static List<String> command(Collection<String> classPath, List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(main.getName());
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** This module's classes and test classes first, then every jar the test JVM sees, module path or class path. */
    static Set<String> classPath() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Set<String> entries = new LinkedHashSet<>();
        entries.add(module.resolve("target/test-classes").toString());
        entries.add(module.resolve("target/classes").toString());
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
