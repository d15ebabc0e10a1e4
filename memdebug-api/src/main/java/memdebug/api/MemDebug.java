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

    /**
     * The instance behind the facade, made on first use. Its set-up cannot throw: a failure falls
     * back to the default settings, and if even that fails (logged) it is null and the facade's
     * calls do nothing.
     */
    private static final class Default {
        static final MemDebugger INSTANCE = MemDebugger.forFacade();
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
        MemDebugger md = Default.INSTANCE;
        if (md != null) {
            md.printAt(now, t1, what);
        }
    }

    /**
     * Prints one line, with {@code t1Nanos} from {@link System#nanoTime()}.
     *
     * @param t1Nanos the start; a value in the future prints a negative time ({@code -1.5ms})
     * @param what    a label and data, as for {@link #print(Instant, Object...)}
     */
    public static void print(long t1Nanos, Object... what) {
        long now = System.nanoTime();
        MemDebugger md = Default.INSTANCE;
        if (md != null) {
            md.printAt(now, t1Nanos, what);
        }
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
        MemDebugger md = Default.INSTANCE;
        if (md != null) {
            md.printAt(now, mark, what);
        }
    }

    /** Now, and the current thread's allocation counter, for {@link #print(Mark, Object...)}. */
    public static Mark mark() {
        MemDebugger md = Default.INSTANCE;
        return md != null ? md.mark() : new Mark(System.nanoTime(), Thread.currentThread().getId(), -1);
    }

    /**
     * Turns GC mode on or off: when on, each print first runs {@code System.gc()}, checks that a
     * collection ran, and returns free memory to the OS, so the heap numbers are the live set.
     * On by default ({@code -Dmemdebug.gc=false} to change); {@link #profile()} turns it off.
     */
    public static void gcMode(boolean on) {
        MemDebugger md = Default.INSTANCE;
        if (md != null) {
            md.gcMode(on);
        }
    }

    /** Whether GC mode is on. */
    public static boolean gcMode() {
        MemDebugger md = Default.INSTANCE;
        return md != null && md.gcMode();
    }

    /**
     * Starts profiling with the chosen metrics provider, every kind it offers (CPU time, and
     * allocations where the backend samples them; {@code memdebug.profiles} chooses), and turns
     * GC mode off. With no provider on the path, logs how to add one and does nothing. Calling it
     * while profiling logs and changes nothing: the handle it returns does not end the session.
     *
     * @return the session; its {@code close()} writes the session's reports
     */
    public static ProfileSession profile() {
        MemDebugger md = Default.INSTANCE;
        return md != null ? md.profile() : MemDebugger.INERT;
    }

    /**
     * Writes the samples since the previous dump (or since {@link #profile()}) as
     * {@code cpu-001.pdf}, {@code cpu-002.pdf}, … in {@code memdebug.dir}, without stopping
     * sampling; beside it the same interval's other kinds ({@code alloc-001.pdf}) and other report
     * formats ({@code cpu-001.pb.gz}, {@code cpu-001.html}) when their providers are on the path.
     * Reports are written on a memdebug thread; this returns at once. Every file of a dump is
     * reachable through {@link ProfileSession#dump()}.
     *
     * @return the first report provider's CPU report; completed exceptionally when not profiling or
     *         when writing it fails
     */
    public static CompletableFuture<Path> dumpProfile() {
        MemDebugger md = Default.INSTANCE;
        return md != null ? md.dumpProfile()
                : CompletableFuture.failedFuture(new IllegalStateException("memdebug could not set itself up; see the log"));
    }

    /**
     * Stops profiling, waits for pending dumps and writes {@code cpu.pdf} (and the other kinds' and
     * formats' files) for the whole session.
     *
     * @return the first report provider's CPU report; empty when not profiling or when writing failed (logged)
     */
    public static Optional<Path> writeProfile() {
        MemDebugger md = Default.INSTANCE;
        return md != null ? md.writeProfile() : Optional.empty();
    }
}
