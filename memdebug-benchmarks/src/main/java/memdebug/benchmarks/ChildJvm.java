package memdebug.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this jar in a fresh JVM and collects the lines it prints that start
 * with {@code RESULT }. The child gets the parent's class path; its JDK is {@code javaHome}.
 */
final class ChildJvm {

    static final String RESULT = "RESULT ";

    private ChildJvm() {
    }

    /** The JDK to use: the argument if given, else the JDK running this program. */
    static Path javaHome(String given) {
        return Path.of(given != null ? given : System.getProperty("java.home"));
    }

    /** {@code java -version}'s first line, for table headers. */
    static String version(Path javaHome) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java(javaHome), "-XX:+IgnoreUnrecognizedVMOptions", "-version")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        for (String line : text.split("\n")) {
            if (line.contains("Runtime Environment")) {
                return line.strip();
            }
        }
        return text.lines().findFirst().orElse("?").strip();
    }

    /** True when this JDK starts with the given flag, for example {@code -XX:+UseShenandoahGC}. */
    static boolean accepts(Path javaHome, String flag) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java(javaHome), flag, "-version")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }

    /**
     * Runs {@code mainClass} with the given JVM flags and arguments.
     *
     * @return the text after {@code RESULT } of each such line
     * @throws IOException when the child fails or prints no result; the message holds its stderr tail
     */
    static List<String> run(Path javaHome, List<String> jvmArgs, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        return run(javaHome, System.getProperty("java.class.path"), jvmArgs, mainClass, args);
    }

    /** As {@link #run(Path, List, Class, String...)}, with the given class path (another build of this jar, say). */
    static List<String> run(Path javaHome, String classPath, List<String> jvmArgs, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java(javaHome));
        cmd.add("--enable-native-access=ALL-UNNAMED"); // async-profiler on JDK 24+; accepted by 17
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile("memdebug-child", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            List<String> results = new ArrayList<>();
            out.lines().filter(l -> l.startsWith(RESULT)).forEach(l -> results.add(l.substring(RESULT.length())));
            if (p.exitValue() != 0 || results.isEmpty()) {
                String tail = Files.readString(err);
                tail = tail.length() > 2000 ? tail.substring(tail.length() - 2000) : tail;
                throw new IOException("child " + cmd + " exited " + p.exitValue() + ":\n" + out + tail);
            }
            return results;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static String java(Path javaHome) {
        return javaHome.resolve("bin").resolve("java").toString();
    }
}
