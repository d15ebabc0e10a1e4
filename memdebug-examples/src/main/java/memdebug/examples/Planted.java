package memdebug.examples;

import memdebug.api.MemDebug;
import memdebug.api.ProfileSession;

/**
 * A workload with a known answer for profilers: {@link #a} does three times the CPU work of
 * {@link #b}, so a correct profile gives {@code a} 75% of their combined time.
 */
public final class Planted {

    private static volatile long sink;

    private Planted() {
    }

    /**
     * Profiles the planted workload and writes {@code cpu.pdf}: the top table then shows
     * {@code Planted.a} with three times the cum of {@code Planted.b}.
     *
     * @param args how long to run, in milliseconds (default 3000); then optionally
     *             {@code virtual=N} to run it on N virtual threads at once (JDK 21+)
     * @throws InterruptedException when interrupted while waiting for the virtual threads
     */
    public static void main(String[] args) throws InterruptedException {
        long millis = args.length > 0 ? Long.parseLong(args[0]) : 3000;
        int virtual = args.length > 1 && args[1].startsWith("virtual=") ? Integer.parseInt(args[1].substring(8)) : 0;
        try (ProfileSession session = MemDebug.profile()) {
            if (virtual == 0) {
                run(millis);
            } else {
                runOnVirtualThreads(virtual, millis);
            }
        }
    }

    /**
     * Runs the workload on {@code count} virtual threads at once for {@code millis} and waits for
     * them. Built for JDK 17, so virtual threads are started by reflection.
     *
     * @throws UnsupportedOperationException before JDK 21
     * @throws InterruptedException          when interrupted while waiting
     */
    public static void runOnVirtualThreads(int count, long millis) throws InterruptedException {
        Runnable work = () -> run(millis);
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        try {
            java.lang.reflect.Method start = Thread.class.getMethod("startVirtualThread", Runnable.class);
            for (int i = 0; i < count; i++) {
                threads.add((Thread) start.invoke(null, work));
            }
        } catch (ReflectiveOperationException e) {
            throw new UnsupportedOperationException("virtual threads need JDK 21 or later", e);
        }
        for (Thread t : threads) {
            t.join();
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
