package memdebug.internal.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RSS column stays the kernel's RSS whatever the calling thread's interrupt status. */
class ResidentMemoryTest {

    @BeforeEach
    void needsProc() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/statm")), "Linux only");
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void readsOnAnInterruptedThreadKeepTheFileAndTheFlag() throws IOException {
        ResidentMemory rss = new ResidentMemory(ManagementFactory.getMemoryMXBean());
        Thread.currentThread().interrupt();
        long interrupted = rss.bytes();
        assertTrue(Thread.currentThread().isInterrupted(), "the host's interrupt is still pending");
        assertTrue(rss.fromProc(), "still reading /proc/self/statm");
        Thread.interrupted();
        long after = rss.bytes();
        assertTrue(rss.fromProc(), "still reading /proc/self/statm");
        assertNear(vmRss(), interrupted);
        assertNear(vmRss(), after);
    }

    @Test
    void setUpOnAnInterruptedThreadReadsProcToo() throws IOException {
        Thread.currentThread().interrupt();
        ResidentMemory rss = new ResidentMemory(ManagementFactory.getMemoryMXBean());
        long bytes = rss.bytes();
        assertTrue(Thread.currentThread().isInterrupted(), "the host's interrupt is still pending");
        assertTrue(rss.fromProc(), "set up with /proc/self/statm");
        assertNear(vmRss(), bytes);
    }

    @Test
    void interruptsLandingDuringReadsNeverCostTheFile() throws Exception {
        ResidentMemory rss = new ResidentMemory(ManagementFactory.getMemoryMXBean());
        long[] last = new long[1];
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                synchronized (rss) { // as the probe's lock does
                    last[0] = rss.bytes();
                }
                Thread.interrupted(); // the host clears its flag between reads
            }
        });
        reader.start();
        while (reader.isAlive()) {
            reader.interrupt(); // some land between the check and the read, or during it
        }
        reader.join();
        assertTrue(rss.fromProc(), "still reading /proc/self/statm");
        assertNear(vmRss(), last[0]);
    }

    /** RSS moves a little between two reads; the JVM's committed memory, the fallback, is far from it. */
    private static void assertNear(long expected, long actual) {
        assertTrue(Math.abs(expected - actual) < 16L << 20, "RSS " + expected + " vs column " + actual);
    }

    /** VmRSS of /proc/self/status, read with a stream an interrupt cannot close. */
    private static long vmRss() throws IOException {
        try (FileInputStream in = new FileInputStream("/proc/self/status")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
                }
            }
        }
        throw new AssertionError("no VmRSS");
    }
}
