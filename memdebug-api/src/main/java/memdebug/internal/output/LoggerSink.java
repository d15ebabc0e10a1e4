package memdebug.internal.output;

import memdebug.internal.line.LineBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends lines, uncolored and without their newline, to the SLF4J logger {@code memdebug.line} at INFO. */
public final class LoggerSink implements LineSink {

    private static final Logger LINE = LoggerFactory.getLogger("memdebug.line");

    @Override
    public void write(LineBuffer line) {
        String text = line.toString();
        LINE.info(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    @Override
    public boolean colored() {
        return false;
    }
}
