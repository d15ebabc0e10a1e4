package memdebug.examples;

import memdebug.api.MemDebug;
import memdebug.api.ProfileSession;

/**
 * A workload with known answers for allocation profiles: {@link #allocateA} allocates three
 * times the bytes of {@link #allocateB}, as a different array class ({@code byte[]} and
 * {@code long[]}), so a correct allocation profile gives {@code allocateA} 75% of their combined
 * bytes. Beside them runs a CPU hot spot that allocates nothing: {@link #computeA} does three
 * times the work of {@link #computeB}, each in its own loop (no callee, so each is its own top
 * frame). It must be absent from the allocation profile and read 75% of A+B in the CPU profile.
 */
public final class PlantedAlloc {

    /** Bytes of one unit: an array of 4,096 bytes, its 16-byte header included. */
    private static final int UNIT = 4096;
    /**
     * Arrays of A and of B per round: 768 KiB of A and 256 KiB of B, about two allocation samples
     * (one per 512 KiB by default) per round of the CPU work (about a millisecond).
     */
    private static final int PER_ROUND = 64;

    /** Loop iterations of one unit of CPU work, as in {@link Planted}. */
    private static final int WORK = 200_000;

    private static volatile Object kept;
    private static volatile long sink;

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
            computeA();
            computeB();
            for (int i = 0; i < PER_ROUND; i++) {
                allocateA();
                allocateB();
            }
        }
    }

    /** Three units of CPU work; allocates nothing. */
    public static void computeA() {
        long h = WORK;
        for (int i = 0; i < 3 * WORK; i++) {
            h ^= h << 13;
            h ^= h >>> 7;
            h ^= h << 17;
        }
        sink += h;
    }

    /** One unit of CPU work, the same loop as {@link #computeA}, a third as long. */
    public static void computeB() {
        long h = WORK;
        for (int i = 0; i < WORK; i++) {
            h ^= h << 13;
            h ^= h >>> 7;
            h ^= h << 17;
        }
        sink += h;
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
