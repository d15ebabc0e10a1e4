package memdebug.jfr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Threads with known work for the sampler tests: a planted 3:1 CPU split and a 3:1 allocation split. */
final class Workloads {

    static volatile long sink;
    static volatile Object kept;

    private Workloads() {
    }

    /** Three units of CPU work. */
    static void cpuA() {
        sink += spin(3 * 100_000);
    }

    /** One unit of CPU work. */
    static void cpuB() {
        sink += spin(100_000);
    }

    static long spin(int n) {
        long h = n;
        for (int i = 0; i < n; i++) {
            h ^= h << 13;
            h ^= h >>> 7;
            h ^= h << 17;
        }
        return h;
    }

    /** One byte array of 1 KiB; {@link #mixed} calls it three times as often as {@link #allocB}. */
    static void allocA() {
        kept = new byte[1024];
    }

    /** One byte array of 1 KiB. */
    static void allocB() {
        kept = new byte[1024];
    }

    /**
     * Calls {@code a} three times as often as {@code b}, in a random order (a fixed cycle would line
     * up with TLAB refills, where JFR samples allocations), until {@code millis} have passed.
     */
    static void mixed(Runnable a, Runnable b, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long random = System.nanoTime() | 1;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 64; i++) {
                random ^= random << 13;
                random ^= random >>> 7;
                random ^= random << 17;
                ((random & 3) != 0 ? a : b).run();
            }
        }
    }

    /** Runs {@code a} then {@code b} until {@code millis} have passed. */
    static void alternate(Runnable a, Runnable b, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            a.run();
            b.run();
        }
    }

    /** Starts platform threads (or, with {@code virtual}, virtual threads: JDK 21+) running {@code work}. */
    static List<Thread> start(int count, boolean virtual, String name, Runnable work) throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Supplier<Thread> platform = () -> new Thread(work, name + "-" + threads.size());
            Thread t = virtual ? (Thread) Thread.class.getMethod("startVirtualThread", Runnable.class).invoke(null, work)
                    : platform.get();
            if (!virtual) {
                t.start();
            }
            threads.add(t);
        }
        return threads;
    }

    static void join(List<Thread> threads) throws InterruptedException {
        for (Thread t : threads) {
            t.join(60_000);
        }
    }
}
