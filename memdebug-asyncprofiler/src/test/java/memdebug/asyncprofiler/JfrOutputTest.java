package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrOutputTest {

    @TempDir
    Path folder;

    @Test
    void pidsAreReadFromOurNamesOnly() {
        assertEquals(1234, JfrOutput.pidOf("memdebug-asyncprofiler-1234-99.jfr"));
        assertEquals(-1, JfrOutput.pidOf("memdebug-asyncprofiler--99.jfr"));
        assertEquals(-1, JfrOutput.pidOf("memdebug-asyncprofiler-12a4-99.jfr"));
        assertEquals(-1, JfrOutput.pidOf("memdebug-asyncprofiler-1234"));
        assertEquals(-1, JfrOutput.pidOf("other-1234-99.jfr"));
        assertEquals(-1, JfrOutput.pidOf("memdebug-asyncprofiler-1234567890123456789-1.jfr"));
    }

    @Test
    void filesOfDeadProcessesAreRemovedAndOthersKept() throws IOException {
        long dead = deadPid();
        long me = ProcessHandle.current().pid();
        Path stale = Files.createFile(folder.resolve("memdebug-asyncprofiler-" + dead + "-1.jfr"));
        Path stalePart = Files.createFile(folder.resolve("memdebug-asyncprofiler-" + dead + "-2.part.jfr"));
        Path live = Files.createFile(folder.resolve("memdebug-asyncprofiler-" + me + "-3.jfr"));
        Path other = Files.createFile(folder.resolve("memdebug-asyncprofiler-" + dead + "-4.txt"));
        Path foreign = Files.createFile(folder.resolve("someone-" + dead + "-5.jfr"));
        JfrOutput.removeStale(folder);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(stalePart));
        assertTrue(Files.exists(live), "this process is alive");
        assertTrue(Files.exists(other), "not a recording");
        assertTrue(Files.exists(foreign), "not ours");
    }

    @Test
    void theRecordingIsPrivateAndGoneOnceUnlinkedOrClosed() throws IOException {
        JfrOutput out = JfrOutput.create(folder);
        Path file = Path.of(out.path());
        assertTrue(Files.exists(file));
        assertTrue(file.getFileName().toString().startsWith("memdebug-asyncprofiler-" + ProcessHandle.current().pid() + "-"));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        out.unlink();
        assertEquals(0, entries());
        assertNull(out.openNewChunks(), "nothing written yet");
        out.close();

        JfrOutput closed = JfrOutput.create(folder);
        closed.close();
        assertEquals(0, entries(), "closing without unlink removes the file too");
    }

    @Test
    void onlyCompleteChunksAreRead() throws IOException {
        JfrOutput out = JfrOutput.create(folder);
        Path file = Path.of(out.path());
        // A chunk header as async-profiler writes it while the chunk is open: size 1 GiB, no constant pool yet.
        Files.write(file, header(1L << 30, 0));
        assertNull(out.openNewChunks());
        assertEquals(0, out.consumed());
        // Garbage where a chunk should start: refused with the offset, and skipped after.
        Files.write(file, new byte[100]);
        IOException e = assertThrows(IOException.class, out::openNewChunks);
        assertTrue(e.getMessage().contains("no chunk at byte 0 of 100"), e.getMessage());
        assertEquals(100, out.consumed());
        out.close();
        assertEquals(0, entries(), "no copy is left behind");
    }

    @Test
    void aFolderAsyncProfilerCannotBeToldIsRefused() throws IOException {
        Path comma = Files.createDirectory(folder.resolve("a,b"));
        IOException e = assertThrows(IOException.class, () -> JfrOutput.create(comma));
        assertTrue(e.getMessage().contains("java.io.tmpdir"), e.getMessage());
        try (Stream<Path> s = Files.list(comma)) {
            assertEquals(0, s.count());
        }
    }

    private static byte[] header(long size, long constantPool) {
        ByteBuffer b = ByteBuffer.allocate(68);
        b.putInt(0x464c5200).putShort((short) 2).putShort((short) 0).putLong(size).putLong(constantPool);
        return b.array();
    }

    private long entries() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    /** A process id that no process has now. */
    private static long deadPid() {
        for (long pid = 4_000_000; pid > 1000; pid -= 7919) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
        throw new AssertionError("no free pid found");
    }
}
