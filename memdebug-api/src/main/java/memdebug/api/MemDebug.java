package memdebug.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * memdebug's entry point: print what the code since {@code t1} did to memory, and profile CPU.
 *
 * <pre>{@code
 * Instant t1 = Instant.now();
 * byte[] kept = new byte[1_000_000];
 * MemDebug.print(t1, "alloc", 1);
 * //  1.149959ms [  12] ( 1000016):   5058872:  53089808:  12582912:   1000072 <-   [alloc 1]
 * }</pre>
 *
 * Columns: elapsed since t1 (Go's duration format), live threads, change in heap in use since
 * the previous print (yellow consumed, green freed), heap in use, memory taken from the OS (red
 * on a new peak), thread stack memory, bytes this thread allocated since its previous print (or
 * the mark), then the label and data. By default every print runs a full collection first (GC
 * mode) so the heap numbers are the live set, exact to the byte where the JVM has HotSpot's class
 * histogram, and under a non-zero change a second line names the classes whose live bytes changed
 * most ({@code memdebug.classes}, default 3, {@code 0} for none); {@link #profile()} turns GC mode off.
 *
 * <p>Every method delegates to one {@link MemDebugger} configured from {@code memdebug.*} system
 * properties (or {@code MEMDEBUG_*} variables) when first used. No method throws into the caller:
 * a failure is logged through SLF4J and the call returns.
 */
public final class MemDebug {

    private MemDebug() {
    }

    /** The instance behind the facade, made on first use. */
    private static final class Default {
        static final MemDebugger INSTANCE = MemDebugger.builder().build();
    }

    /**
     * Prints one line: the time since {@code t1} and the memory now.
     *
     * @param t1   the start of what is measured; null prints an elapsed time of 0s
     * @param what a label and data, printed space-separated in brackets; nulls print as
     *             {@code null}, long values are cut, control characters escaped
     */
    public static void print(Instant t1, Object... what) {
        Instant now = Instant.now(); // before first-use set-up, which the line must not count
        Default.INSTANCE.printAt(now, t1, what);
    }

    /**
     * Prints one line, with {@code t1Nanos} from {@link System#nanoTime()}.
     *
     * @param t1Nanos the start; a value in the future prints a negative time ({@code -1.5ms})
     * @param what    a label and data, as for {@link #print(Instant, Object...)}
     */
    public static void print(long t1Nanos, Object... what) {
        long now = System.nanoTime();
        Default.INSTANCE.printAt(now, t1Nanos, what);
    }

    /**
     * Prints one line for the time since {@code mark}; on the thread that took the mark, the
     * allocation column shows the bytes allocated since the mark (exact, from the JVM's
     * per-thread counter), elsewhere since that thread's previous print.
     *
     * @param mark from {@link #mark()}; null prints an elapsed time of 0s
     * @param what a label and data, as for {@link #print(Instant, Object...)}
     */
    public static void print(Mark mark, Object... what) {
        long now = System.nanoTime();
        Default.INSTANCE.printAt(now, mark, what);
    }

    /** Now, and the current thread's allocation counter, for {@link #print(Mark, Object...)}. */
    public static Mark mark() {
        return Default.INSTANCE.mark();
    }

    /**
     * Turns GC mode on or off: when on, each print first runs {@code System.gc()}, checks that a
     * collection ran, and returns free memory to the OS, so the heap numbers are the live set.
     * On by default ({@code -Dmemdebug.gc=false} to change); {@link #profile()} turns it off.
     */
    public static void gcMode(boolean on) {
        Default.INSTANCE.gcMode(on);
    }

    /** Whether GC mode is on. */
    public static boolean gcMode() {
        return Default.INSTANCE.gcMode();
    }

    /**
     * Starts CPU profiling with the chosen metrics provider and turns GC mode off. With no
     * provider on the path, logs how to add one and does nothing. Calling it while profiling
     * logs and changes nothing.
     *
     * @return a session whose {@code close()} is {@link #writeProfile()}
     */
    public static ProfileSession profile() {
        return Default.INSTANCE.profile();
    }

    /**
     * Writes the CPU samples since the previous dump (or since {@link #profile()}) as
     * {@code cpu-001.pdf}, {@code cpu-002.pdf}, … in {@code memdebug.dir}, without stopping
     * sampling. The report is drawn on a memdebug thread; this returns at once.
     *
     * @return the written file; completed exceptionally when not profiling or when writing fails
     */
    public static CompletableFuture<Path> dumpProfile() {
        return Default.INSTANCE.dumpProfile();
    }

    /**
     * Stops profiling, waits for pending dumps and writes {@code cpu.pdf} for the whole session.
     *
     * @return the written file; empty when not profiling or when writing failed (logged)
     */
    public static Optional<Path> writeProfile() {
        return Default.INSTANCE.writeProfile();
    }
}
