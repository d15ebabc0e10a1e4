package memdebug.benchmarks;

import java.util.Locale;
import memdebug.api.MemDebug;
import memdebug.api.ProfileSession;
import memdebug.testkit.ChildJvm;

/**
 * The child side of {@link WholeProcessSuite} and {@link ColdWriteSuite}: a CPU-bound program of
 * a fixed amount of work, split over threads, with or without memdebug around it as a user would
 * put it ({@code profile()} first, {@code close()} last). Prints one {@code RESULT} line: the
 * milliseconds of {@code profile()}, of the work, and of {@code close()} (0 without memdebug).
 *
 * <pre>ProgramRun plain|memdebug rounds threads</pre>
 */
public final class ProgramRun {

    private static volatile long sink;

    private ProgramRun() {
    }

    /** @param args {@code plain} or {@code memdebug}; rounds of work per thread; threads */
    public static void main(String[] args) throws Exception {
        boolean memdebug = args[0].equals("memdebug");
        int rounds = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        long t0 = System.nanoTime();
        ProfileSession session = memdebug ? MemDebug.profile() : null;
        long t1 = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            long seed = t + 1;
            workers[t] = new Thread(() -> {
                long h = seed;
                for (int r = 0; r < rounds; r++) {
                    h = CpuWork.spin(h, 1_000_000);
                }
                sink += h;
            }, "worker-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long t2 = System.nanoTime();
        if (session != null) {
            session.close();
        }
        long t3 = System.nanoTime();
        System.out.println(ChildJvm.RESULT + String.format(Locale.ROOT, "%.1f %.1f %.1f", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                (t3 - t2) / 1e6));
    }
}
