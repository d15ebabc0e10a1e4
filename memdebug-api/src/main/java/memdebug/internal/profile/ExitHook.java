package memdebug.internal.profile;

import memdebug.spi.SamplerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JVM shutdown hook that writes a running session's reports when the host exits while profiling. Added once. */
final class ExitHook {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.profile");

    private final Runnable onExit;
    private boolean added;

    ExitHook(Runnable onExit) {
        this.onExit = onExit;
    }

    /** Adds the hook if not yet added; false when the JVM is already shutting down. */
    synchronized boolean add() {
        if (added) {
            return true;
        }
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(onExit, SamplerSettings.MEMDEBUG_THREAD_PREFIX + "exit"));
            added = true;
        } catch (IllegalStateException e) {
            return false; // shutdown in progress
        } catch (SecurityException e) {
            LOG.info("memdebug cannot add its exit hook ({}); a JVM exiting while profiling writes no report", e.toString());
        }
        return true;
    }
}
