package memdebug.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Starts a separate JVM with the path entries of this JVM (memdebug's jars or the reactor's
 * classes folders, and their dependencies), on the module path or the class path, and collects
 * its output. Test-framework jars are left out. Every run has a time limit.
 */
public final class ChildJvm {

    /** How the child finds its code. */
    public enum Layout { MODULE_PATH, CLASS_PATH }

    /** Prefix of the lines a child prints for its parent to read, see {@link Result#results()}. */
    public static final String RESULT = "RESULT ";

    /**
     * What the child did.
     *
     * @param exit its exit code
     * @param out  its stdout (with stderr, CR LF ends, when run in a terminal)
     * @param err  its stderr
     */
    public record Result(int exit, String out, String err) {

        /** The text after {@code RESULT } of each such stdout line. */
        public List<String> results() {
            return out.lines().filter(l -> l.startsWith(RESULT)).map(l -> l.substring(RESULT.length())).toList();
        }

        /**
         * This result, when the child exited 0 and printed at least one {@code RESULT} line.
         *
         * @throws IOException otherwise, with the tail of its stderr
         */
        public Result requireResults() throws IOException {
            if (exit != 0 || results().isEmpty()) {
                String tail = err.length() > 2000 ? err.substring(err.length() - 2000) : err;
                throw new IOException("child exited " + exit + ":\n" + out + tail);
            }
            return this;
        }
    }

    private static final List<String> NOT_FOR_THE_CHILD = List.of("junit", "opentest4j", "apiguardian", "surefire",
            "test-classes");

    private final List<String> jvmArgs = new ArrayList<>();
    private final List<Path> entries = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();
    private Path javaHome = Path.of(System.getProperty("java.home"));
    private Duration timeout = Duration.ofMinutes(3);
    private boolean terminal;

    private ChildJvm() {
    }

    /**
     * A child with every entry of this JVM's class path and module path, except test-framework
     * jars, test classes and those {@code drop} matches (given the entry with {@code /} separators).
     */
    public static ChildJvm with(Predicate<String> drop) {
        ChildJvm c = new ChildJvm();
        Set<String> seen = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            for (String e : System.getProperty(property, "").split(File.pathSeparator)) {
                String unix = e.replace(File.separatorChar, '/');
                if (e.isEmpty() || NOT_FOR_THE_CHILD.stream().anyMatch(unix::contains) || drop.test(unix) || !seen.add(e)) {
                    continue;
                }
                c.entries.add(Path.of(e));
            }
        }
        return c;
    }

    /** A child with every entry of this JVM's paths, as {@link #with} with nothing dropped. */
    public static ChildJvm withAll() {
        return with(p -> false);
    }

    /** True for the path entry of a memdebug module: its jar or its classes folder. */
    public static Predicate<String> artifact(String artifactId) {
        return p -> p.contains("/" + artifactId + "/target/") || p.substring(p.lastIndexOf('/') + 1).startsWith(artifactId + "-");
    }

    /** JVM options, before the module or class. */
    public ChildJvm jvmArg(String... args) {
        jvmArgs.addAll(Arrays.asList(args));
        return this;
    }

    /** JVM options, before the module or class. */
    public ChildJvm jvmArgs(List<String> args) {
        jvmArgs.addAll(args);
        return this;
    }

    /** The JDK to run; default this JVM's. */
    public ChildJvm javaHome(Path home) {
        if (home != null) {
            javaHome = home;
        }
        return this;
    }

    /** How long the child may run before it is killed and the run fails; default 3 minutes. */
    public ChildJvm timeout(Duration limit) {
        if (limit != null && !limit.isNegative() && !limit.isZero()) {
            timeout = limit;
        }
        return this;
    }

    /**
     * Runs the child on a pseudo-terminal through util-linux {@code script}, as if started in a
     * terminal; its stdout and stderr then arrive together, as {@link Result#out()}, with CR LF.
     */
    public ChildJvm inTerminal() {
        terminal = true;
        return this;
    }

    /** An environment variable of the child ({@code NO_COLOR} is removed unless set here). */
    public ChildJvm env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** The path entries the child gets; a test may add or remove its own. */
    public List<Path> entries() {
        return entries;
    }

    /**
     * Runs {@code mainClass} (in {@code module} on the module path) and waits for it.
     *
     * @throws AssertionError when it runs longer than the time limit (it is killed)
     */
    public Result run(Layout layout, String module, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> cmd = command(layout, module, mainClass, args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("NO_COLOR");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("memdebug-child", ".out");
        Path err = Files.createTempFile("memdebug-child", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("child JVM did not finish in " + timeout + ": " + cmd + "\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * The command {@link #run} would start, for a test that drives the child itself (reads its
     * output while it runs, signals it); such a test must end the process it starts.
     */
    public List<String> command(Layout layout, String module, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java(javaHome));
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
        return cmd;
    }

    /**
     * Runs {@code mainClass} on the class path and returns what it printed after {@code RESULT }.
     *
     * @throws IOException when it fails or prints no result, with the tail of its stderr
     */
    public List<String> results(String mainClass, String... args) throws IOException, InterruptedException {
        return run(Layout.CLASS_PATH, null, mainClass, args).requireResults().results();
    }

    /** The JDK at {@code given}, or this JVM's when null. */
    public static Path javaHomeOr(String given) {
        return given != null ? Path.of(given) : Path.of(System.getProperty("java.home"));
    }

    /** {@code java -version}'s "Runtime Environment" line, for table headers. */
    public static String version(Path javaHome) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java(javaHome), "-XX:+IgnoreUnrecognizedVMOptions", "-version")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text.lines().filter(l -> l.contains("Runtime Environment")).findFirst()
                .orElse(text.lines().findFirst().orElse("?")).strip();
    }

    /** True when this JDK starts with the given flag, for example {@code -XX:+UseShenandoahGC}. */
    public static boolean accepts(Path javaHome, String flag) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java(javaHome), flag, "-version")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }

    private static String java(Path javaHome) {
        return javaHome.resolve("bin").resolve("java").toString();
    }
}
