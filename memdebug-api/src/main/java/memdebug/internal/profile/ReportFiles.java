package memdebug.internal.profile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;

/**
 * The report file series in one folder: {@code cpu-001.pdf}, {@code cpu-002.pdf}, … (wider past
 * 999) and {@code cpu.pdf}. Each file is written to a temporary name beside it and moved into
 * place only when complete, so no reader ever sees half a file and a failure leaves none.
 */
final class ReportFiles {

    private final Path dir;
    private final ReportProvider report;
    private int next = 1;

    ReportFiles(Path dir, ReportProvider report) {
        this.dir = dir;
        this.report = report;
    }

    /** The name of the next interval report; each call gives a new number. Callers serialise calls. */
    String nextIntervalName() {
        // Built by hand: String.format's first call loads locale data for ~10 ms on the caller's thread.
        String n = Integer.toString(next++);
        return "cpu-" + "000".substring(Math.min(3, n.length())) + n + "." + report.fileExtension();
    }

    /** The name of the whole-session report. */
    String sessionName() {
        return "cpu." + report.fileExtension();
    }

    /**
     * Writes a report under {@code name}: to a temporary file first, moved into place when whole.
     *
     * @return the written file
     * @throws IOException when the folder cannot be made or written, or the report fails
     */
    Path write(String name, StackProfile profile) throws IOException {
        Path folder = dir.toAbsolutePath();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("memdebug.dir " + folder + " is a file, not a folder");
        }
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        // Not createTempFile: its owner-only permissions would stay on the report after the move.
        Path tmp = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
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
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
