package memdebug.jfr;

import java.time.Duration;

/**
 * How far the recording stream has delivered. JFR writes its events to disk in flushes, about
 * once a second, and the stream hands each flush's events over in time order before it calls its
 * flush action. An event taken at time t is in the first flush after t, so once the stream has
 * handed over an event taken at t (a sample, or the {@code jdk.Flush} event JFR records at each
 * flush), every event taken before t has been handed over too. {@link #MARGIN} more covers
 * samples that JFR commits a little after they were taken (the CPU-time sampler walks stacks
 * after its signal).
 */
final class StreamProgress {

    /** Events taken this long before the latest one seen may still be on their way. */
    static final long MARGIN = Duration.ofMillis(100).toNanos();

    private final Object lock = new Object();
    /** Latest event time seen in the flush being handed over; the stream's thread only. */
    private long latestInFlush = Long.MIN_VALUE;
    private long deliveredBefore = Long.MIN_VALUE;
    private boolean ended;

    /** The stream handed over an event taken at {@code epochNanos}. Stream thread. */
    void saw(long epochNanos) {
        latestInFlush = Math.max(latestInFlush, epochNanos);
    }

    /** The stream finished handing over a flush. Stream thread. */
    void flushDone() {
        long latest = latestInFlush;
        if (latest == Long.MIN_VALUE) {
            return;
        }
        synchronized (lock) {
            deliveredBefore = Math.max(deliveredBefore, latest - MARGIN);
            lock.notifyAll();
        }
    }

    /** The stream has ended (closed, failed, or stopped by the JVM's exit): nothing more will come. */
    void end() {
        synchronized (lock) {
            ended = true;
            lock.notifyAll();
        }
    }

    /** True once the stream has handed over a flush that held an event. */
    boolean deliveredAny() {
        synchronized (lock) {
            return deliveredBefore != Long.MIN_VALUE;
        }
    }

    /** True once every event taken before {@code epochNanos} has been handed over, or the stream ended. */
    boolean isPast(long epochNanos) {
        synchronized (lock) {
            return ended || deliveredBefore >= epochNanos;
        }
    }

    /**
     * Waits until every event taken before {@code epochNanos} has been handed over, the stream has
     * ended, or {@code limit} has passed. An interrupt stops the wait and stays set.
     *
     * @return true unless the limit passed (or an interrupt came) first
     */
    boolean awaitPast(long epochNanos, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (!ended && deliveredBefore < epochNanos) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}
