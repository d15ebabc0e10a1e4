package memdebug.jmx;

/**
 * The JVM's live platform threads, listed without a JVM operation: the root thread group's
 * {@code enumerate} into an array kept between calls. Reading each thread's state and name from
 * its {@code Thread} object is then a field read, where {@code ThreadMXBean} would take a
 * snapshot or a syscall per thread. Virtual threads are not listed (the JDK keeps them out of
 * thread groups). Used by the sampler thread only.
 */
final class ThreadCensus {

    private static final String CARRIER_CLASS = "jdk.internal.misc.CarrierThread";

    private final ThreadGroup root;
    private Thread[] threads = new Thread[64];
    private int count;

    ThreadCensus() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) {
            g = g.getParent();
        }
        root = g;
    }

    /** Lists the live threads now; returns how many. */
    int take() {
        while (true) {
            int n = root.enumerate(threads, true);
            if (n < threads.length) {
                // Clear the rest, so ended threads are not kept reachable from here.
                java.util.Arrays.fill(threads, n, count > n ? count : n, null);
                count = n;
                return n;
            }
            threads = new Thread[threads.length * 2];
        }
    }

    /** The {@code i}-th thread of the last {@link #take()}. */
    Thread get(int i) {
        return threads[i];
    }

    /** True for a carrier thread of virtual threads (JDK 21+): its CPU time is theirs, its stack is not. */
    static boolean isCarrier(Thread t) {
        return t.getClass().getName().equals(CARRIER_CLASS);
    }
}
