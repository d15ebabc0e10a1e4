package memdebug.api;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A profiling session, returned by {@link MemDebug#profile()}. Closing it is
 * {@link MemDebug#writeProfile()} for this session: sampling stops and {@code cpu.pdf} (and the
 * other kinds' and report providers' files) are written for the whole session. Use it in
 * try-with-resources.
 *
 * <p>A handle ends only its own session: closing a handle whose session has already ended (a
 * stale handle), or one returned by a {@code profile()} call made while another session ran (a
 * nested {@code try}), logs and leaves the running session alone. Closing twice does nothing more.
 * No method throws.
 */
public interface ProfileSession extends AutoCloseable {

    /** True while this handle's session runs. */
    boolean isActive();

    /**
     * Like {@link MemDebug#dumpProfile()}, for this session: writes every kind's report through
     * every report provider for the samples since the previous dump.
     *
     * @return every file the dump wrote; completed exceptionally when the session is not running,
     *         or when no report could be written
     */
    CompletableFuture<Reports> dump();

    /**
     * Stops this session and writes its whole-session reports, if this handle started it;
     * otherwise logs why not and does nothing.
     *
     * @return every file written; empty when nothing was written (logged)
     */
    Optional<Reports> write();

    /** {@link #write()}, ignoring the result; never throws. */
    @Override
    void close();
}
