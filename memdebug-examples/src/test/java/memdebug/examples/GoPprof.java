package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import memdebug.testkit.Tools;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code go tool pprof} (Debian's {@code golang-go}) on a profile. Without {@code go}
 * on the PATH a test is skipped on a developer's machine but fails in CI: {@code .ci/run} installs
 * Go and sets {@code MEMDEBUG_TOOL_TESTS=required} (see {@link Tools#required()}).
 */
final class GoPprof {

    private GoPprof() {
    }

    /** The standard output of {@code go tool pprof <args> <profile>}; fails when pprof fails or says anything on stderr. */
    static String run(Path profile, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(go().toString(), "tool", "pprof"));
        cmd.addAll(List.of(args));
        cmd.add(profile.toString());
        Path out = Files.createTempFile("pprof", ".out");
        Path err = Files.createTempFile("pprof", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            // pprof keeps fetched profiles under $PPROF_TMPDIR; nothing is fetched here, but keep it out of $HOME.
            pb.environment().put("PPROF_TMPDIR", out.getParent().toString());
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("go tool pprof did not finish: " + cmd);
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), cmd + "\n" + stderr);
            assertEquals("", stderr, "pprof warns: " + cmd);
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The {@code go} command on the PATH. */
    static Path go() {
        Optional<Path> go = Tools.onPath("go");
        if (go.isPresent()) {
            return go.get();
        }
        String why = "no `go` on the PATH: the pprof files are checked with the real go tool pprof "
                + "(apt-get install golang-go; .ci/run installs it)";
        if (Tools.required()) {
            fail(why);
        }
        Assumptions.abort(why);
        throw new AssertionError(why);
    }
}
