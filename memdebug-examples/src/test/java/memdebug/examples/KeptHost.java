package memdebug.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import memdebug.api.MemDebug;

/**
 * A test host for GcModeTest, run in a fresh child JVM on default GC-mode settings (patched into
 * memdebug.examples on the module path). Every print of a workload has the same arguments, so
 * that only what the workload keeps changes between them.
 * <ul>
 *   <li>{@code idle N}: N prints with nothing between them;</li>
 *   <li>{@code kept N}: N rounds of keeping a {@code byte[1_000_000]}, print, dropping it, print;</li>
 *   <li>{@code churn N}: N rounds, each keeping 100 more {@link Order}s of this host's own and
 *       freeing one of N chunks of about 2 MB of other classes (strings, a map of longs to
 *       {@link Churn}, also a class of this host) built beforehand.</li>
 * </ul>
 */
public final class KeptHost {

    /** The host's class that a churn round keeps 100 of. */
    static final class Order {
        final long id;
        final int line;

        Order(long id, int line) {
            this.id = id;
            this.line = line;
        }
    }

    /** A host class among the freed churn. */
    static final class Churn {
        final long value;

        Churn(long value) {
            this.value = value;
        }
    }

    private static Object kept;
    private static final List<Order> ORDERS = new ArrayList<>();

    private KeptHost() {
    }

    /** @param args the workload and its count */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        switch (args[0]) {
            case "idle" -> {
                for (int i = 0; i < n; i++) {
                    long t1 = System.nanoTime();
                    MemDebug.print(t1, "idle", i);
                }
            }
            case "kept" -> {
                for (int i = 0; i < n; i++) {
                    long t1 = System.nanoTime();
                    kept = new byte[1_000_000];
                    MemDebug.print(t1, "kept");
                    t1 = System.nanoTime();
                    kept = null;
                    MemDebug.print(t1, "freed");
                }
            }
            case "churn" -> churn(n);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void churn(int rounds) {
        Object[] chunks = new Object[rounds];
        for (int r = 0; r < rounds; r++) {
            chunks[r] = chunk(r);
        }
        MemDebug.print(System.nanoTime(), "round", -1);
        for (int r = 0; r < rounds; r++) {
            long t1 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                ORDERS.add(new Order(r, i));
            }
            chunks[r] = null;
            MemDebug.print(t1, "round", r);
        }
    }

    /** About 2 MB: 8,000 strings of 100 characters and a map of 12,000 longs to Churn. */
    private static Object chunk(int r) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            strings.add(String.format("%0100d", r * 1_000_000 + i));
        }
        Map<Long, Churn> map = new HashMap<>();
        for (long i = 0; i < 12_000; i++) {
            map.put(r * 1_000_000L + i, new Churn(i));
        }
        return new Object[] {strings, map};
    }
}
