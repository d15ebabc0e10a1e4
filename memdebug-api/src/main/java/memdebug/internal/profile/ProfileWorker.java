package memdebug.internal.profile;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import memdebug.spi.SamplerSettings;

/**
 * The one memdebug thread that makes every sampler call and writes every report, first in first
 * out, so intervals follow each other with no gap and a sampler is never called concurrently.
 * Futures handed to the host are completed on another thread, so that host code chained to them
 * (even {@code System.exit}) never runs on, or blocks, this one.
 */
final class ProfileWorker {

    /** The thread's name; memdebug's threads are left out of profiles by their prefix. */
    static final String THREAD = SamplerSettings.MEMDEBUG_THREAD_PREFIX + "profiler";

    /** A piece of work for the thread. */
    interface Job<T> {
        T run() throws Exception;
    }

    private ExecutorService executor;
    private volatile Thread thread;

    /**
     * Queues {@code job}. The future completes on this thread, for memdebug's own use; hand
     * {@link #forHost(CompletableFuture)} of it to the host. Never throws: a job that cannot be
     * queued gives a failed future.
     */
    synchronized <T> CompletableFuture<T> submit(Job<T> job) {
        CompletableFuture<T> f = new CompletableFuture<>();
        try {
            executor().execute(() -> {
                try {
                    f.complete(job.run());
                } catch (Throwable e) { // a report may throw anything; the thread must live on
                    f.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            f.completeExceptionally(e);
        }
        return f;
    }

    /** True on the worker thread itself, where waiting for a job would wait for ourselves. */
    boolean isCurrentThread() {
        return Thread.currentThread() == thread;
    }

    private ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, THREAD);
                t.setDaemon(true);
                thread = t;
                return t;
            });
        }
        return executor;
    }

    /** A copy of {@code internal} that completes on another thread, so host callbacks never run on the worker. */
    static <T> CompletableFuture<T> forHost(CompletableFuture<T> internal) {
        if (internal.isDone()) { // host callbacks then run on the host's own thread
            try {
                return CompletableFuture.completedFuture(internal.join());
            } catch (CompletionException e) {
                return CompletableFuture.failedFuture(e.getCause() != null ? e.getCause() : e);
            } catch (java.util.concurrent.CancellationException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        CompletableFuture<T> out = new CompletableFuture<>();
        internal.whenCompleteAsync((value, error) -> {
            if (error != null) {
                out.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            } else {
                out.complete(value);
            }
        });
        return out;
    }

    /**
     * Waits for {@code f} at most {@code seconds}, without giving up when the waiting thread is
     * interrupted: the interrupt is kept and set again before returning, never swallowed.
     *
     * @throws ExecutionException when the job failed
     * @throws TimeoutException   when it did not finish in time
     */
    static <T> T await(CompletableFuture<T> f, long seconds) throws ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
