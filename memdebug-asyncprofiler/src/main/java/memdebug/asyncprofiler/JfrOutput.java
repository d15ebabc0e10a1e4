package memdebug.asyncprofiler;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import jdk.jfr.consumer.RecordingFile;

/**
 * The JFR file async-profiler writes for one session: private to memdebug, read chunk by chunk,
 * and never left behind.
 *
 * <p>async-profiler appends JFR chunks to the file; its {@code dump} command finishes the current
 * chunk (constant pool and header written) and starts a new one, without stopping. This class
 * keeps its own read handle and the offset up to which chunks were read, so that each read
 * covers only the chunks completed since the previous one: its cost follows the interval, not
 * the session.
 *
 * <p>Files: the recording is created in {@code java.io.tmpdir} readable by this user only, opened
 * for reading, and deleted ({@link #unlink()}) as soon as async-profiler has opened it too: both
 * handles keep the data, no name stays on disk, and even a killed JVM leaves nothing. Each read
 * copies the new chunks to a second file only until the JDK's reader has it open, then deletes
 * it. Files of memdebug processes that no longer exist (killed inside that moment) are removed
 * at the next {@link #create(Path)}.
 */
final class JfrOutput implements Closeable {

    /** Start of every file name memdebug makes here, followed by the process id and {@code -}. */
    static final String PREFIX = "memdebug-asyncprofiler-";

    /** JFR chunk header: magic, version, size (at 8), constant pool offset (at 16), … 68 bytes in all. */
    private static final int HEADER_BYTES = 68;
    private static final int MAGIC = 0x464c5200; // "FLR\0"

    private final Path folder;
    private final Path file;
    private final String stem;
    private final FileChannel channel;
    private long consumed;

    private JfrOutput(Path folder, Path file, String stem, FileChannel channel) {
        this.folder = folder;
        this.file = file;
        this.stem = stem;
        this.channel = channel;
    }

    /**
     * Creates an empty recording file in {@code folder}, open for reading.
     *
     * @throws IOException when the folder cannot hold it, or its path cannot be given to
     *                     async-profiler (a {@code ,} or {@code %} in it)
     */
    static JfrOutput create(Path folder) throws IOException {
        removeStale(folder);
        String stem = PREFIX + ProcessHandle.current().pid() + "-";
        Path file = Files.createTempFile(folder, stem, ".jfr");
        String text = file.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('%') >= 0) { // async-profiler splits its options at ',' and expands '%'
            Files.deleteIfExists(file);
            throw new IOException("async-profiler cannot be given the temporary file " + text
                    + " (',' or '%' in the path): set -Djava.io.tmpdir to a folder without them");
        }
        try {
            return new JfrOutput(folder, file, stem, FileChannel.open(file, StandardOpenOption.READ));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The path to give async-profiler's {@code file=} option. */
    String path() {
        return file.toString();
    }

    /** Removes the file's name once async-profiler has it open; the data stay readable through both handles. */
    void unlink() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Opens the chunks completed since the previous call for reading with the JDK's reader, or
     * returns null when there are none. The caller closes it.
     *
     * @throws IOException when the file cannot be read or does not hold JFR chunks; the chunks
     *                     that could not be read are skipped
     */
    RecordingFile openNewChunks() throws IOException {
        long from = consumed;
        long to = completeChunksEnd(from, channel.size());
        if (to == from) {
            return null;
        }
        consumed = to;
        Path copy = Files.createTempFile(folder, stem, ".part.jfr");
        try {
            try (FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                long done = 0;
                while (done < to - from) {
                    done += channel.transferTo(from + done, to - from - done, out);
                }
            }
            return new RecordingFile(copy);
        } finally {
            Files.deleteIfExists(copy); // the reader holds it open; the name goes at once
        }
    }

    /** Bytes of the recording read so far. */
    long consumed() {
        return consumed;
    }

    /** The end of the last complete chunk at or after {@code from}: a chunk is complete once its constant pool offset is set. */
    private long completeChunksEnd(long from, long size) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(24);
        long end = from;
        while (end + HEADER_BYTES <= size) {
            header.clear();
            while (header.hasRemaining() && channel.read(header, end + header.position()) >= 0) {
                // pread until the 24 bytes are in
            }
            header.flip();
            if (header.remaining() < 24 || header.getInt(0) != MAGIC) {
                consumed = size; // nothing after this can be trusted
                throw new IOException("async-profiler's JFR output has no chunk at byte " + end + " of " + size);
            }
            long chunkSize = header.getLong(8);
            long constantPool = header.getLong(16);
            if (constantPool == 0 || chunkSize < HEADER_BYTES || end + chunkSize > size) {
                break; // the chunk async-profiler is writing now
            }
            end += chunkSize;
        }
        return end;
    }

    /** Closes the read handle; the recording's data go with it. Never throws. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do with it
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // unlink() ran already, or the folder went away
        }
    }

    /** Deletes files this class left in {@code folder} for processes that no longer run. */
    static void removeStale(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, PREFIX + "*.jfr")) {
            for (Path entry : entries) {
                long pid = pidOf(entry.getFileName().toString());
                if (pid > 0 && ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: nothing to clean, and create() will say what is wrong
        }
    }

    /** The process id in {@code memdebug-asyncprofiler-<pid>-….jfr}; -1 when the name has none. */
    static long pidOf(String name) {
        if (!name.startsWith(PREFIX)) {
            return -1;
        }
        int dash = name.indexOf('-', PREFIX.length());
        if (dash <= PREFIX.length() || dash - PREFIX.length() > 18) {
            return -1;
        }
        long pid = 0;
        for (int i = PREFIX.length(); i < dash; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            pid = pid * 10 + (c - '0');
        }
        return pid;
    }
}
