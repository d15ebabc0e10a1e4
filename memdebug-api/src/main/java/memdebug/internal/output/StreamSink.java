package memdebug.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;
import memdebug.internal.line.LineBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes lines to a stream, looked up at each write so that a host's {@code System.setOut} is followed. */
public final class StreamSink implements LineSink {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.output");

    private final Supplier<? extends OutputStream> stream;
    private final boolean colored;
    private boolean failed;

    /**
     * @param stream  gives the stream to write each line to
     * @param colored whether lines carry escape sequences
     */
    public StreamSink(Supplier<? extends OutputStream> stream, boolean colored) {
        this.stream = stream;
        this.colored = colored;
    }

    @Override
    public void write(LineBuffer line) {
        try {
            OutputStream out = stream.get();
            out.write(line.bytes(), 0, line.length());
            out.flush();
        } catch (IOException | RuntimeException e) {
            if (!failed) {
                failed = true;
                LOG.warn("memdebug cannot write its line ({}); later failures are not logged", e.toString());
            }
        }
    }

    @Override
    public boolean colored() {
        return colored;
    }
}
