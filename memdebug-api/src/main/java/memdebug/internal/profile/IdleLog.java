package memdebug.internal.profile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why no session runs, for the log when a dump or write comes anyway: each reason is logged at
 * WARN once, then at DEBUG, so a host calling dumpProfile() in a loop gets one line, not thousands.
 */
final class IdleLog {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.profile");

    private String reason = "call MemDebug.profile() first";
    private String logged;

    /** Sets the reason a later call will be told. */
    synchronized void reason(String why) {
        reason = why;
    }

    /** Sets the reason and logs it now, as a refusal to start. */
    synchronized void refused(String why) {
        LOG.warn("memdebug cannot profile: {}", why);
        reason = "profiling did not start: " + why;
        logged = reason;
    }

    /** The current reason. */
    synchronized String reason() {
        return reason;
    }

    /** Logs that {@code call} found no session: at WARN once per reason, then at DEBUG; returns the reason. */
    synchronized String ignored(String call) {
        if (reason.equals(logged)) {
            LOG.debug("memdebug {} ignored: {}", call, reason);
        } else {
            LOG.warn("memdebug {} ignored: {}", call, reason);
            logged = reason;
        }
        return reason;
    }
}
