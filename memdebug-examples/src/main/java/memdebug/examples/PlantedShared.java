package memdebug.examples;

import memdebug.api.MemDebug;
import memdebug.api.ProfileSession;

/**
 * A workload whose time is all in one shared function: {@link #hotA} and {@link #hotB} do no work
 * themselves and both call {@link #hot}, {@code hotA} with three times the work of {@code hotB}. In
 * a top table {@code hot} has the flat time; {@code hotA} and {@code hotB} have none, and only their
 * cum (3:1) shows them. A report that drops functions by flat time would lose them.
 */
public final class PlantedShared {

    private static volatile long sink;

    private static final int UNIT = 200_000;

    private PlantedShared() {
    }

    /**
     * Profiles the workload and writes the session's reports ({@code cpu.pdf}, {@code cpu.pb.gz}, …).
     *
     * @param args how long to run, in milliseconds (default 3000)
     */
    public static void main(String[] args) {
        long millis = args.length > 0 ? Long.parseLong(args[0]) : 3000;
        try (ProfileSession session = MemDebug.profile()) {
            run(millis);
        }
    }

    /** Alternates hotA and hotB until {@code millis} of wall time have passed. */
    public static void run(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            hotA();
            hotB();
        }
    }

    /** Three units of work, all done by {@link #hot}. */
    public static void hotA() {
        sink += hot(3 * UNIT);
    }

    /** One unit of work, all done by {@link #hot}. */
    public static void hotB() {
        sink += hot(UNIT);
    }

    /** The only function that works: a busy loop of {@code iterations} rounds. */
    public static long hot(int iterations) {
        long h = iterations;
        for (int i = 0; i < iterations; i++) {
            h ^= h << 13;
            h ^= h >>> 7;
            h ^= h << 17;
        }
        return h;
    }
}
