package memdebug.asyncprofiler;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What Linux's {@code /proc/self} tells about async-profiler in this process: which copies of
 * its native library are mapped, and how many perf_events files are open. Nothing here throws.
 */
final class ProcSelf {

    private static final Path MAPS = Path.of("/proc/self/maps");
    private static final Path FDS = Path.of("/proc/self/fd");

    private ProcSelf() {
    }

    /** The distinct paths of mapped {@code libasyncProfiler} files, as the maps file shows them; empty without /proc. */
    static List<String> mappedProfilerLibraries() {
        List<String> found = new ArrayList<>();
        if (!Files.isReadable(MAPS)) {
            return found;
        }
        try (Stream<String> lines = Files.lines(MAPS)) {
            lines.filter(line -> line.contains("libasyncProfiler"))
                    .map(ProcSelf::mappedPath)
                    .distinct()
                    .forEach(found::add);
        } catch (IOException | RuntimeException e) {
            // an unreadable maps file tells nothing; callers treat it as "none seen"
        }
        return found;
    }

    /** How many open file descriptors are perf events ({@code anon_inode:[perf_event]}); -1 without /proc. */
    static int openPerfEvents() {
        if (!Files.isDirectory(FDS)) {
            return -1;
        }
        int count = 0;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(FDS)) {
            for (Path fd : fds) {
                try {
                    if (Files.readSymbolicLink(fd).toString().contains("perf_event")) {
                        count++;
                    }
                } catch (IOException | RuntimeException e) {
                    // the descriptor closed while we looked; it is not ours to count
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return count;
    }

    /** The path column of a maps line: from the first '/' on (it may contain spaces and end in "(deleted)"). */
    private static String mappedPath(String line) {
        int slash = line.indexOf('/');
        return slash < 0 ? line.strip() : line.substring(slash).strip();
    }
}
