package memdebug.testkit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium from the system's packages (Debian's {@code chromium}), driven through the
 * Chrome DevTools Protocol over a WebSocket: no driver, no npm, only the JDK. Each instance has its
 * own empty profile folder and is ended by {@link #close()}.
 *
 * <p>Where no Chromium is installed, {@link #executable()} tells the test to skip, unless browser
 * tests are required ({@code MEMDEBUG_TOOL_TESTS=required}, which {@code .ci/run} sets, or
 * {@code CI=true}): then it fails.
 */
public final class Chromium implements AutoCloseable {

    /** The flags that work here: no sandbox (root), no GPU, and no background traffic to Google. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio");

    private final Process process;
    private final Path profile;
    private final Path log;
    private final DevTools devTools;

    private Chromium(Process process, Path profile, Path log, DevTools devTools) {
        this.process = process;
        this.profile = profile;
        this.log = log;
        this.devTools = devTools;
    }

    /**
     * The browser to run: {@code MEMDEBUG_CHROMIUM}, else {@code chromium}, {@code chromium-browser}
     * or {@code google-chrome} on the {@code PATH}; empty when there is none and browser tests are
     * not {@link Tools#required() required}.
     *
     * @throws AssertionError when there is none and browser tests are required
     */
    public static Optional<Path> executable() {
        String given = System.getenv("MEMDEBUG_CHROMIUM");
        if (given != null && !given.isBlank()) {
            if (Files.isExecutable(Path.of(given))) {
                return Optional.of(Path.of(given));
            }
            return missing("MEMDEBUG_CHROMIUM=" + given + " is not an executable file");
        }
        Optional<Path> found = Tools.onPath("chromium", "chromium-browser", "google-chrome");
        return found.isPresent() ? found : missing("no chromium is on the PATH");
    }

    private static Optional<Path> missing(String why) {
        if (Tools.required()) {
            throw new AssertionError("browser tests are required here (MEMDEBUG_TOOL_TESTS=required or CI=true) but "
                    + why + ": apt-get install chromium (.ci/run does)");
        }
        return Optional.empty();
    }

    /**
     * Starts {@code executable} headless and connects to it.
     *
     * @throws AssertionError when it does not start or open its DevTools port within 30 s (with its log)
     */
    public static Chromium start(Path executable) throws IOException {
        Path profile = Files.createTempDirectory("memdebug-chromium");
        Path log = Files.createTempFile("memdebug-chromium", ".log");
        List<String> cmd = new ArrayList<>();
        cmd.add(executable.toString());
        cmd.addAll(FLAGS);
        cmd.add("--user-data-dir=" + profile);
        cmd.add("--remote-debugging-port=0");
        cmd.add("about:blank");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        try {
            Path port = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + DevTools.TIMEOUT.toNanos();
            List<String> lines = List.of();
            while (lines.size() < 2) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("chromium did not open its DevTools port (" + (p.isAlive() ? "timeout" : "exit "
                            + p.exitValue()) + "): " + cmd + "\n" + tail(log));
                }
                Thread.sleep(50);
                if (Files.exists(port)) {
                    lines = Files.readAllLines(port, StandardCharsets.UTF_8);
                }
            }
            URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            return new Chromium(p, profile, log, DevTools.connect(uri));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(p);
            throw new IOException("interrupted while starting chromium", e);
        } catch (RuntimeException | AssertionError e) {
            end(p);
            delete(profile);
            throw e;
        }
    }

    /** Chromium's version, as the browser reports it, for messages. */
    public String version() {
        return String.valueOf(devTools.send(null, "Browser.getVersion", Map.of()).get("product"));
    }

    /**
     * Opens {@code file} in a new tab of {@code width} × {@code height} CSS pixels and waits for its
     * load event; the tab records every network request and script error from the start.
     */
    public BrowserPage open(Path file, int width, int height) {
        return open(file.toAbsolutePath().toUri().toString(), width, height);
    }

    /** {@link #open(Path, int, int)} for a URL, for example with a {@code #fragment}. */
    public BrowserPage open(String url, int width, int height) {
        return BrowserPage.open(devTools, url, width, height);
    }

    /** The tail of the browser's own log, for failure messages. */
    public String log() {
        return tail(log);
    }

    /** Closes the browser, waits for it to end (killing it after 10 s) and removes its profile. */
    @Override
    public void close() {
        try {
            devTools.fire(null, "Browser.close");
        } catch (RuntimeException ignored) {
            // it may already be gone
        }
        devTools.close();
        end(process);
        delete(profile);
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    private static void end(Process p) {
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
