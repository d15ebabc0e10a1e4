package memdebug.internal.memory;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Memory the process took from the OS: its resident set size from {@code /proc/self/statm}
 * (the file kept open and re-read from offset 0 with one {@code pread}), or, where there is no
 * /proc, heap plus non-heap committed plus direct and mapped buffers.
 *
 * <p>A {@code FileChannel} closes itself when the reading thread is interrupted, so an
 * interrupted caller reads the file through a {@code RandomAccessFile} instead, which no
 * interrupt touches (seek and read: one system call more). The caller's interrupt stays set.
 */
final class ResidentMemory {

    private static final String STATM = "/proc/self/statm";

    private final MemoryMXBean memory;
    private final List<BufferPoolMXBean> buffers;
    private final ByteBuffer direct = ByteBuffer.allocateDirect(128);
    private final byte[] bytes = new byte[128];
    private final ByteBuffer heap = ByteBuffer.wrap(bytes);
    private FileChannel statm;
    /** For interrupted callers; opened on the first one. */
    private RandomAccessFile uninterruptible;
    private long pageSize;

    ResidentMemory(MemoryMXBean memory) {
        this.memory = memory;
        this.buffers = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class);
        try {
            statm = FileChannel.open(Path.of(STATM), StandardOpenOption.READ);
            pageSize = pageSize();
        } catch (IOException | RuntimeException e) {
            close(); // no /proc here: use the JVM's own accounts
        }
    }

    /** True when the value comes from the kernel's RSS rather than the JVM's own accounts. */
    boolean fromProc() {
        return statm != null;
    }

    /** Bytes taken from the OS now. Callers hold the probe's lock. */
    long bytes() {
        if (statm != null) {
            try {
                return residentPages() * pageSize;
            } catch (IOException | RuntimeException e) {
                close();
            }
        }
        long total = memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted();
        for (BufferPoolMXBean b : buffers) {
            total += Math.max(0, b.getMemoryUsed());
        }
        return total;
    }

    /** The second field of statm: resident pages. */
    private long residentPages() throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            return residentPagesUninterruptibly();
        }
        try {
            direct.clear();
            return parse(direct, statm.read(direct, 0));
        } catch (ClosedByInterruptException e) {
            // Interrupted during the read: the channel closed itself. Open it again for the
            // next caller, and read this once the other way.
            statm = FileChannel.open(Path.of(STATM), StandardOpenOption.READ);
            return residentPagesUninterruptibly();
        }
    }

    private long residentPagesUninterruptibly() throws IOException {
        if (uninterruptible == null) {
            uninterruptible = new RandomAccessFile(STATM, "r");
        }
        uninterruptible.seek(0);
        return parse(heap, uninterruptible.read(bytes));
    }

    private static long parse(ByteBuffer b, int n) {
        int i = 0;
        while (i < n && b.get(i) != ' ') {
            i++;
        }
        long pages = 0;
        for (i++; i < n && b.get(i) >= '0' && b.get(i) <= '9'; i++) {
            pages = pages * 10 + (b.get(i) - '0');
        }
        return pages;
    }

    /**
     * The page size, which Java does not expose: VmRSS of /proc/self/status (in kB) over the
     * resident pages of statm, read back to back, rounded to a power of two of at least 4 KiB.
     * Read with streams an interrupt cannot close: set-up may run on an interrupted thread.
     */
    private long pageSize() throws IOException {
        long pages = residentPages();
        long kb = 0;
        String status;
        try (FileInputStream in = new FileInputStream("/proc/self/status")) {
            status = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                kb = Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
            }
        }
        if (pages <= 0 || kb <= 0) {
            return 4096;
        }
        double ratio = kb * 1024.0 / pages;
        long size = 4096;
        while (size * 1.5 < ratio) {
            size *= 2;
        }
        return size;
    }

    private void close() {
        try {
            if (statm != null) {
                statm.close();
            }
            if (uninterruptible != null) {
                uninterruptible.close();
            }
        } catch (IOException ignored) {
            // nothing left to do
        }
        statm = null;
        uninterruptible = null;
    }
}
