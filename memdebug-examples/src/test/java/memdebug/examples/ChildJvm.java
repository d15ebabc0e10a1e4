package memdebug.examples;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Starts a separate JVM with memdebug's jars (or the reactor's classes folders) on the module
 * path or the class path, taken from this test JVM's class path, and collects its output.
 */
final class ChildJvm {

    /** How the child finds its code. */
    enum Layout { MODULE_PATH, CLASS_PATH }

    /** What the child did. */
    record Result(int exit, String out, String err) {
    }

    private static final List<String> NOT_FOR_THE_CHILD = List.of("junit", "opentest4j", "apiguardian", "surefire",
            "test-classes");

    private final List<String> jvmArgs = new ArrayList<>();
    private final List<Path> entries = new ArrayList<>();
    private final Map<String, String> env = new java.util.HashMap<>();
    private boolean terminal;

    /** A child with every memdebug artifact and dependency this test JVM has, except those {@code drop} matches. */
    static ChildJvm with(Predicate<String> drop) {
        ChildJvm c = new ChildJvm();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String unix = e.replace(File.separatorChar, '/');
            if (e.isEmpty() || NOT_FOR_THE_CHILD.stream().anyMatch(unix::contains) || drop.test(unix)) {
                continue;
            }
            c.entries.add(Path.of(e));
        }
        return c;
    }

    /** True for the path entry of a memdebug module, jar or classes folder. */
    static Predicate<String> artifact(String artifactId) {
        return p -> p.contains("/" + artifactId + "/target/") || p.substring(p.lastIndexOf('/') + 1).startsWith(artifactId + "-");
    }

    ChildJvm jvmArg(String... args) {
        jvmArgs.addAll(Arrays.asList(args));
        return this;
    }

    /**
     * Runs the child on a pseudo-terminal through util-linux {@code script}, as if started in a
     * terminal; its stdout and stderr then arrive together, as {@link Result#out()}, with CR LF.
     */
    ChildJvm inTerminal() {
        terminal = true;
        return this;
    }

    ChildJvm env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** The path entries the child gets; a test may add its own. */
    List<Path> entries() {
        return entries;
    }

    Result run(Layout layout, String module, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        String path = String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
        boolean asyncProfiler = entries.stream().anyMatch(e -> e.getFileName().toString().startsWith("async-profiler"));
        if (layout == Layout.MODULE_PATH) {
            if (asyncProfiler) {
                cmd.add("--enable-native-access=async.profiler"); // JDK 24+ warns without it; 17 accepts it
            }
            cmd.addAll(List.of("--module-path", path, "--module", module + "/" + mainClass));
        } else {
            cmd.add("--enable-native-access=ALL-UNNAMED");
            cmd.addAll(List.of("-cp", path, mainClass));
        }
        cmd.addAll(Arrays.asList(args));
        if (terminal) {
            String line = String.join(" ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
            cmd = List.of("script", "-qec", line, "/dev/null");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("NO_COLOR");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("memdebug-child", ".out");
        Path err = Files.createTempFile("memdebug-child", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not finish: " + cmd);
        }
        try {
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
