package memdebug.examples;

import java.util.Arrays;
import java.util.Random;

/**
 * CPU-bound work with a known shape for the demo's profile: most time in {@link #hash}, less in
 * {@link #sort} (which spends it in {@code Arrays.sort}).
 */
public final class Work {

    private Work() {
    }

    /**
     * Runs for roughly {@code millis} of CPU time.
     *
     * @return a checksum, so the work cannot be optimised away
     */
    public static long run(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long sum = 0;
        Random random = new Random(42);
        while (System.nanoTime() < end) {
            sum += hash(random.nextLong(), 2_000_000);
            sum += sort(random, 20_000);
        }
        return sum;
    }

    /** A multiply-xorshift mix repeated {@code rounds} times. */
    static long hash(long seed, int rounds) {
        long h = seed;
        for (int i = 0; i < rounds; i++) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 29;
        }
        return h;
    }

    /** Sorts {@code n} random numbers; returns the median. */
    static long sort(Random random, int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextLong();
        }
        Arrays.sort(a);
        return a[n / 2];
    }
}
