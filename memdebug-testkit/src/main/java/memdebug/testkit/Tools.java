package memdebug.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The outside tools some tests run (go, Chromium): where they are, and whether a missing one fails the tests. */
public final class Tools {

    private Tools() {
    }

    /**
     * Whether a missing tool fails the tests instead of skipping them: {@code MEMDEBUG_TOOL_TESTS=required}
     * (which {@code .ci/run} sets) or {@code CI=true}.
     */
    public static boolean required() {
        return "required".equals(System.getenv("MEMDEBUG_TOOL_TESTS")) || "true".equals(System.getenv("CI"));
    }

    /** The first of {@code names} found as an executable file in a folder of the {@code PATH}, folder by folder. */
    public static Optional<Path> onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
