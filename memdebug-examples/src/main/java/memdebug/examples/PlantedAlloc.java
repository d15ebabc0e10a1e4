package memdebug.examples;

import memdebug.api.MemDebug;
import memdebug.api.ProfileSession;

/**
 * A workload with known answers for allocation profiles: {@link #allocateA} allocates three
 * times the bytes of {@link #allocateB}, as a different array class ({@code byte[]} and
 * {@code long[]}), so a correct allocation profile gives {@code allocateA} 75% of their combined
 * bytes. Beside them runs {@link Planted}'s CPU work ({@code Planted.a}, three times
 * {@code Planted.b}), which allocates nothing: it must be absent from the allocation profile and
 * read 75% of a+b in the CPU profile.
 */
public final class PlantedAlloc {

    /** Bytes of one unit: an array of 4,096 bytes, its 16-byte header included. */
    private static final int UNIT = 4096;
    /**
     * Arrays of A and of B per round: 768 KiB of A and 256 KiB of B, about two allocation samples
     * (one per 512 KiB by default) per round of the CPU work (about a millisecond).
     */
    private static final int PER_ROUND = 64;

    private static volatile Object kept;

    private PlantedAlloc() {
    }

    /**
     * Profiles the workload and writes the session's reports ({@code cpu.pdf}, {@code alloc.pdf}).
     *
     * @param args how long to run, in milliseconds (default 3000)
     */
    public static void main(String[] args) {
        long millis = args.length > 0 ? Long.parseLong(args[0]) : 3000;
        try (ProfileSession session = MemDebug.profile()) {
            run(millis);
        }
    }

    /** Alternates the CPU work and the allocations until {@code millis} of wall time have passed. */
    public static void run(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Planted.a();
            Planted.b();
            for (int i = 0; i < PER_ROUND; i++) {
                allocateA();
                allocateB();
            }
        }
    }

    /** Allocates three units as one {@code byte[]}: 12,288 bytes with its header. */
    public static void allocateA() {
        kept = new byte[3 * UNIT - 16];
    }

    /** Allocates one unit as one {@code long[]}: 4,096 bytes with its header. */
    public static void allocateB() {
        kept = new long[(UNIT - 16) / 8];
    }
}
