package memdebug.internal.output;

import memdebug.internal.line.LineBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * Sends lines, uncolored and without their newline, to the SLF4J logger {@code memdebug.line} at
 * INFO. When that logger does not log INFO, or fails, the log says once that lines are lost.
 */
public final class LoggerSink implements LineSink {

    private static final Logger LINE = LoggerFactory.getLogger("memdebug.line");
    private static final Logger LOG = LoggerFactory.getLogger("memdebug.output");

    private boolean disabledSaid;
    private boolean failedSaid;

    /**
     * True when SLF4J drops everything: it found no provider (and fell back to its no-operation
     * logger) or the provider is slf4j-nop.
     */
    public static boolean logsNothing() {
        return LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory;
    }

    @Override
    public void write(LineBuffer line) {
        try {
            if (!LINE.isInfoEnabled()) {
                if (!disabledSaid) {
                    disabledSaid = true;
                    LOG.warn("memdebug.output=slf4j, but the logger memdebug.line does not log INFO here: memdebug's "
                            + "lines are dropped until the logging configuration enables it");
                }
                return;
            }
            String text = line.toString();
            LINE.info(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        } catch (Throwable e) { // a logging back end may throw anything
            if (!failedSaid) {
                failedSaid = true;
                try {
                    LOG.warn("memdebug's lines are being lost: the logger memdebug.line failed ({}); memdebug keeps "
                            + "trying with each line", e.getClass().getName());
                } catch (Throwable ignored) { // the same logging failing again
                    // the print returns
                }
            }
        }
    }

    @Override
    public boolean colored() {
        return false;
    }
}
