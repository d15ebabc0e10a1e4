package memdebug.examples;

import memdebug.api.MemDebug;
import memdebug.api.ProfileSession;

/**
 * A workload with a known answer for allocation profiles, made of small objects: {@link #a} and
 * {@link #b} each allocate one 1 KiB array, and {@code a} is called three times as often, in a
 * random order, so a correct allocation profile gives {@code a} 75% of their combined bytes.
 *
 * <p>Beside {@link PlantedAlloc} (12 KiB against 4 KiB arrays): JFR samples allocations where a
 * thread takes a new TLAB, and arrays of several KiB are often placed outside the TLAB, which JFR
 * seldom samples, so JFR reads PlantedAlloc's split as about 0.53. Small objects in a random
 * order (a fixed cycle would line up with the TLAB refills) give every sampler a fair reading.
 */
public final class PlantedSmallAllocations {

    /** The last array allocated: written so that no allocation can be optimised away. */
    private static volatile byte[] kept;

    private PlantedSmallAllocations() {
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

    /** Calls a three times as often as b, in a random order, until {@code millis} of wall time have passed. */
    public static void run(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long random = System.nanoTime() | 1;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 64; i++) {
                random ^= random << 13;
                random ^= random >>> 7;
                random ^= random << 17;
                if ((random & 3) != 0) {
                    a();
                } else {
                    b();
                }
            }
        }
    }

    /** One 1 KiB array. */
    public static void a() {
        kept = new byte[1024];
    }

    /** One 1 KiB array. */
    public static void b() {
        kept = new byte[1024];
    }
}
