package memdebug.examples;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import memdebug.api.MemDebug;

/**
 * A test host that prints on an interrupted thread, its very first print included (memdebug sets
 * itself up then), and on other threads after. After each print it writes the process's VmRSS to
 * standard error as {@code rss <bytes>}, so that FaultsTest can hold the OS column against it.
 */
public final class InterruptedHost {

    private InterruptedHost() {
    }

    /** Prints six lines; the second and fifth say whether the thread is still interrupted. */
    public static void main(String[] args) throws Exception {
        Thread.currentThread().interrupt();
        MemDebug.print(System.nanoTime(), "first, interrupted");
        rss();
        MemDebug.print(System.nanoTime(), "still interrupted", Thread.currentThread().isInterrupted());
        rss();
        Thread.interrupted(); // the host clears its own flag
        MemDebug.print(System.nanoTime(), "cleared");
        rss();
        Thread other = new Thread(() -> {
            MemDebug.print(System.nanoTime(), "other thread");
            rss();
        });
        other.start();
        other.join();
        Thread.currentThread().interrupt();
        MemDebug.print(MemDebug.mark(), "interrupted again");
        rss();
        MemDebug.print(System.nanoTime(), "still interrupted", Thread.interrupted());
        rss();
    }

    /** VmRSS, read through a stream that an interrupt cannot close. */
    private static void rss() {
        try (FileInputStream in = new FileInputStream("/proc/self/status")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.startsWith("VmRSS:")) {
                    System.err.println("rss " + Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024);
                }
            }
        } catch (IOException e) {
            System.err.println("rss unreadable: " + e);
        }
    }
}
