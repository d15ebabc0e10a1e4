package memdebug.api;

/**
 * A running CPU profile, returned by {@link MemDebug#profile()}. Closing it is
 * {@link MemDebug#writeProfile()}: sampling stops and {@code cpu.pdf} is written for the whole
 * session. Use it in try-with-resources. Closing twice, or closing a session that never
 * started (no backend), logs and does nothing.
 */
public interface ProfileSession extends AutoCloseable {

    /** Stops profiling and writes the whole-session report; never throws. */
    @Override
    void close();
}
