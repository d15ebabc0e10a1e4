package memdebug.examples;

import memdebug.api.MemDebug;

/**
 * Shows GC mode's exactness: in each round three 1,000,000-byte arrays are kept, one per
 * print, then dropped. Under Parallel and G1 every kept array reads {@code 1000016} bytes (16
 * bytes of header) and the drop reads {@code 3000048}, green. Rounds are identical, so class
 * loading and other first-time costs land in round 0 only.
 */
public final class RetainedDelta {

    private RetainedDelta() {
    }

    /** @param args the number of rounds, default 6 */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        byte[][] kept = new byte[3][];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < kept.length; i++) {
                long t1 = System.nanoTime();
                kept[i] = new byte[1_000_000];
                MemDebug.print(t1, "round", round, "kept", i);
            }
            long t1 = System.nanoTime();
            java.util.Arrays.fill(kept, null);
            MemDebug.print(t1, "round", round, "freed");
        }
    }
}
