package memdebug.internal.profile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memdebug.internal.discovery.Chosen;
import memdebug.spi.ProfileKind;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report files in one folder: {@code KIND-NNN.EXT} for dump NNN (from 001, wider past 999) and
 * {@code KIND.EXT} for the session, for every kind and every report provider. Each file is written
 * to a hidden temporary name beside it and moved into place only when complete, so no reader ever
 * sees half a file and a failure leaves none; temporary files left by a JVM that was killed are
 * removed the first time a folder is written to. Used by the profiler thread only.
 */
final class ReportFiles {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.profile");
    /** {@code .cpu-001.pdf.<pid>.<nanos>.tmp}: the temporary names this class makes. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.[a-z0-9_]+(?:-\\d+)?\\.[A-Za-z0-9.]+\\.(\\d+)\\.\\d+\\.tmp");

    private final Path dir;
    private final List<Chosen<ReportProvider>> reports;
    private boolean swept;

    /** What writing one dump's files gave: the files, and the primary file's failure if it failed. */
    record Written(List<Path> files, Map<String, Throwable> failures, Throwable primaryFailure) {
    }

    /**
     * @param dir     the folder, made when first written to
     * @param reports the report providers, in order; the first writes the primary file
     */
    ReportFiles(Path dir, List<Chosen<ReportProvider>> reports) {
        this.dir = dir;
        this.reports = List.copyOf(reports);
    }

    /** The folder, as the log names it. */
    Path folder() {
        return dir.toAbsolutePath();
    }

    /** {@code cpu-001.pdf}; number 0 is the session: {@code cpu.pdf}. */
    static String name(ProfileKind kind, int number, String extension) {
        if (number <= 0) {
            return kind.id() + "." + extension;
        }
        // By hand: String.format's first call loads locale data for ~10 ms.
        String n = Integer.toString(number);
        return kind.id() + "-" + "000".substring(Math.min(3, n.length())) + n + "." + extension;
    }

    /** The primary file's name for a dump: the first report provider's file of the first kind. */
    String primaryName(List<ProfileKind> kinds, int number) {
        return reports.isEmpty() || kinds.isEmpty() ? "(no report)" : name(kinds.get(0), number, reports.get(0).instance().fileExtension());
    }

    /**
     * Writes every profile through every provider that supports its kind; one failing stops no
     * other. The first provider's file of the first profile is the primary file.
     */
    Written writeAll(int number, List<StackProfile> profiles) {
        List<Path> files = new ArrayList<>();
        Map<String, Throwable> failures = new LinkedHashMap<>();
        Throwable primaryFailure = null;
        boolean first = true;
        for (Chosen<ReportProvider> r : reports) {
            for (StackProfile p : profiles) {
                if (!supports(r, p.kind())) {
                    continue;
                }
                String name = name(p.kind(), number, r.instance().fileExtension());
                try {
                    files.add(write(r.instance(), name, p));
                } catch (Throwable e) { // a report may throw anything; the others still write
                    failures.put(name, e);
                    LOG.warn("memdebug could not write {} in {}: {}", name, folder(),
                            e instanceof IOException ? e.toString() : "the " + r.name() + " report failed: " + e);
                    if (first) {
                        primaryFailure = e;
                    }
                }
                first = false;
            }
        }
        return new Written(files, failures, primaryFailure);
    }

    private static boolean supports(Chosen<ReportProvider> r, ProfileKind kind) {
        try {
            return r.instance().supports(kind);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("memdebug report provider {} failed to say whether it writes {} reports: {}", r.name(), kind, e.toString());
            return false;
        }
    }

    /**
     * Writes one report under {@code name}: to a temporary file first, moved into place when whole.
     *
     * @throws IOException when the folder cannot be made or written, or the report fails
     */
    private Path write(ReportProvider report, String name, StackProfile profile) throws IOException {
        Path folder = prepareFolder();
        Path target = folder.resolve(name);
        // Not createTempFile: its owner-only permissions would stay on the report after the move.
        Path tmp = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        long t0 = System.nanoTime();
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                report.write(profile, out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.debug("memdebug wrote {} in {} ms", name, (System.nanoTime() - t0) / 1_000_000);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the folder (through a symbolic link whose target is missing, too) and sweeps old temporary files once. */
    private Path prepareFolder() throws IOException {
        Path folder = folder();
        if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
            Path target = folder.resolveSibling(Files.readSymbolicLink(folder));
            Files.createDirectories(target);
        } else if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("memdebug.dir " + folder + " is a file, not a folder");
        } else {
            Files.createDirectories(folder);
        }
        if (!swept) {
            swept = true;
            sweep(folder);
        }
        return folder;
    }

    /** Removes temporary report files whose process is gone (killed while writing). */
    private static void sweep(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path p : entries) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && !alive(m.group(1))) {
                    Files.deleteIfExists(p);
                    LOG.debug("memdebug removed {}, left by a process that ended while writing it", p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("memdebug could not look for old temporary files in {}: {}", folder, e.toString());
        }
    }

    private static boolean alive(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == ProcessHandle.current().pid() || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not ours to judge
        }
    }
}
