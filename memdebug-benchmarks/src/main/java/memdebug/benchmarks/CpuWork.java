package memdebug.benchmarks;

/** A pure CPU kernel (xorshift rounds) that allocates nothing and cannot be folded away. */
final class CpuWork {

    private CpuWork() {
    }

    /** Runs {@code rounds} xorshift steps from {@code seed}; returns the last state. */
    static long spin(long seed, int rounds) {
        long h = seed | 1;
        for (int i = 0; i < rounds; i++) {
            h ^= h << 13;
            h ^= h >>> 7;
            h ^= h << 17;
        }
        return h;
    }
}
