package memdebug.asyncprofiler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Planted CPU work with known proportions, run in named threads. */
final class Burner {

    /** Loop iterations of one unit of work: well under a millisecond. */
    static final long UNIT = 50_000;

    private static volatile long sink;
    private static volatile Object kept;

    /** Bytes of one unit of allocation: an array with its 16-byte header. */
    static final int ALLOCATION_UNIT = 1024;

    private Burner() {
    }

    /** Three units of work. */
    static void plantedA() {
        sink += spin(3 * UNIT);
    }

    /** One unit of work: the same loop as {@link #plantedA()}, a third as long. */
    static void plantedB() {
        sink += spin(UNIT);
    }

    /** Allocates three units of bytes as {@code byte[]}: 3,072 bytes, header included. */
    static void allocateA() {
        kept = new byte[3 * ALLOCATION_UNIT - 16];
    }

    /** Allocates one unit as {@code long[]}: 1,024 bytes, header included. */
    static void allocateB() {
        kept = new long[(ALLOCATION_UNIT - 16) / 8];
    }

    /** Work for a thread that must not show up in profiles. */
    static void writerWork() {
        sink += spin(UNIT);
    }

    /** Work for a thread that must show up. */
    static void workerWork() {
        sink += spin(UNIT);
    }

    /** A loop whose result depends on every iteration, so the JIT cannot drop it. */
    static long spin(long iterations) {
        long x = sink | 1;
        for (long i = 0; i < iterations; i++) {
            x = x * 6364136223846793005L + i;
            x ^= x >>> 29;
        }
        return x;
    }

    /** Starts a thread named {@code name} that repeats {@code work} for {@code duration}. */
    static Thread start(String name, Duration duration, Runnable work) {
        long end = System.nanoTime() + duration.toNanos();
        return start(name, () -> System.nanoTime() < end, work);
    }

    /** Starts a thread named {@code name} that repeats {@code work} while {@code going} says so. */
    static Thread start(String name, BooleanSupplier going, Runnable work) {
        Thread thread = new Thread(() -> {
            while (going.getAsBoolean()) {
                work.run();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Starts {@code count} threads that alternate {@link #plantedA()} and {@link #plantedB()} for {@code duration}. */
    static List<Thread> startPlanted(int count, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        return startPlanted(count, () -> System.nanoTime() < end);
    }

    /** Starts {@code count} threads that alternate {@link #plantedA()} and {@link #plantedB()} while {@code going}. */
    static List<Thread> startPlanted(int count, BooleanSupplier going) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            threads.add(start("planted-" + i, going, () -> {
                plantedA();
                plantedB();
            }));
        }
        return threads;
    }

    /** Starts a thread that alternates {@link #allocateA()} and {@link #allocateB()} while {@code going}. */
    static Thread startAllocating(String name, BooleanSupplier going) {
        return start(name, going, () -> {
            allocateA();
            allocateB();
        });
    }

    /** Calls itself {@code depth} times, then spins once: a stack {@code depth} frames deep. */
    static long recurse(int depth) {
        return depth <= 0 ? spin(UNIT) : recurse(depth - 1) + 1;
    }

    static void join(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
