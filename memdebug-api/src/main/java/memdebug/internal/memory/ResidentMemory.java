package memdebug.internal.memory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory the process took from the OS: its resident set size from {@code /proc/self/statm}
 * (the file kept open and re-read from offset 0 with one {@code pread}), or, where there is no
 * /proc, heap plus non-heap committed plus direct and mapped buffers.
 */
final class ResidentMemory {

    private static final Path STATM = Path.of("/proc/self/statm");

    private final MemoryMXBean memory;
    private final List<BufferPoolMXBean> buffers;
    private final ByteBuffer buf = ByteBuffer.allocateDirect(128);
    private FileChannel statm;
    private long pageSize;

    ResidentMemory(MemoryMXBean memory) {
        this.memory = memory;
        this.buffers = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class);
        try {
            statm = FileChannel.open(STATM, StandardOpenOption.READ);
            pageSize = pageSize();
        } catch (IOException | RuntimeException e) {
            statm = null; // no /proc here: use the JVM's own accounts
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
                closeQuietly();
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
        buf.clear();
        int n = statm.read(buf, 0);
        int i = 0;
        while (i < n && buf.get(i) != ' ') {
            i++;
        }
        long pages = 0;
        for (i++; i < n && buf.get(i) >= '0' && buf.get(i) <= '9'; i++) {
            pages = pages * 10 + (buf.get(i) - '0');
        }
        return pages;
    }

    /**
     * The page size, which Java does not expose: VmRSS of /proc/self/status (in kB) over the
     * resident pages of statm, read back to back, rounded to a power of two of at least 4 KiB.
     */
    private long pageSize() throws IOException {
        long pages = residentPages();
        long kb = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
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

    private void closeQuietly() {
        try {
            statm.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
        statm = null;
    }
}
