package memdebug.internal.profile;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import memdebug.api.ProfileSession;
import memdebug.api.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code profile()} returns: a handle on one session. Only the handle that started a session
 * ends it; a handle from a {@code profile()} made while another session ran, or one whose session
 * has ended, leaves the running session alone. Never throws.
 */
final class SessionHandle implements ProfileSession {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.profile");

    private final Profiler profiler;
    /** Null when profiling did not start. */
    private final ActiveSession session;
    private final boolean owner;

    SessionHandle(Profiler profiler, ActiveSession session, boolean owner) {
        this.profiler = profiler;
        this.session = session;
        this.owner = owner;
    }

    @Override
    public boolean isActive() {
        return session != null && profiler.isRunning(session);
    }

    @Override
    public CompletableFuture<Reports> dump() {
        try {
            return profiler.dump(session);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("memdebug could not dump the profile: {}", e.toString());
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public Optional<Reports> write() {
        try {
            if (session == null) {
                return profiler.write(null);
            }
            if (!owner) {
                LOG.info("memdebug: this ProfileSession came from a profile() made while a session ran; the session "
                        + "goes on until the handle that started it is closed (or writeProfile() is called)");
                return Optional.empty();
            }
            return profiler.write(session);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("memdebug could not write the profile: {}", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        write();
    }
}
