package memdebug.examples;

/**
 * A workload with a known answer for profilers: {@link #a} does three times the CPU work of
 * {@link #b}, so a correct profile gives {@code a} 75% of their combined time.
 */
public final class Planted {

    private static volatile long sink;

    private Planted() {
    }

    /** Alternates a and b until {@code millis} of wall time have passed. */
    public static void run(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            a();
            b();
        }
    }

    /** Three units of work. */
    public static void a() {
        sink += spin(3 * UNIT);
    }

    /** One unit of work. */
    public static void b() {
        sink += spin(UNIT);
    }

    private static final int UNIT = 200_000;

    /** The same busy loop for both, so only the iteration count differs. */
    private static long spin(int iterations) {
        long h = iterations;
        for (int i = 0; i < iterations; i++) {
            h ^= h << 13;
            h ^= h >>> 7;
            h ^= h << 17;
        }
        return h;
    }
}
