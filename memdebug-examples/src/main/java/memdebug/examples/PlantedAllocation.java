package memdebug.examples;

import memdebug.api.MemDebug;
import memdebug.api.ProfileSession;

/**
 * A workload with a known answer for allocation profiles: {@link #a} allocates three times the
 * bytes of {@link #b} (1 KiB arrays, kept just long enough that the JIT cannot drop them), so a
 * correct allocation profile gives {@code a} 75% of their combined bytes.
 */
public final class PlantedAllocation {

    /** The last array allocated: written so that no allocation can be optimised away. */
    private static volatile byte[] kept;

    private PlantedAllocation() {
    }

    /**
     * Profiles the planted allocations and writes {@code alloc.pdf} (and {@code cpu.pdf}) with a
     * backend that samples allocations, such as {@code memdebug-jfr}.
     *
     * @param args how long to run, in milliseconds (default 3000)
     */
    public static void main(String[] args) {
        long millis = args.length > 0 ? Long.parseLong(args[0]) : 3000;
        try (ProfileSession session = MemDebug.profile()) {
            run(millis);
        }
    }

    /** Alternates a and b until {@code millis} of wall time have passed. */
    public static void run(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            a();
            b();
        }
    }

    /** Three 1 KiB arrays. */
    public static void a() {
        for (int i = 0; i < 3; i++) {
            kept = new byte[1024];
        }
    }

    /** One 1 KiB array. */
    public static void b() {
        kept = new byte[1024];
    }
}
