package memdebug.internal.output;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;
import memdebug.internal.line.LineBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes lines to a stream, looked up at each write so that a host's {@code System.setOut} is
 * followed. A stream that fails, by throwing or, for a {@code PrintStream} (which swallows its
 * {@code IOException}s), through {@code checkError()}, is named in the log once; every later line
 * is still tried.
 */
public final class StreamSink implements LineSink {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.output");

    private final Supplier<? extends OutputStream> stream;
    private final boolean colored;
    private final String where;
    private boolean said;
    private Object saidFor;

    /**
     * @param stream  gives the stream to write each line to
     * @param colored whether lines carry escape sequences
     * @param where   the stream's name in the log, such as {@code System.out}
     */
    public StreamSink(Supplier<? extends OutputStream> stream, boolean colored, String where) {
        this.stream = stream;
        this.colored = colored;
        this.where = where;
    }

    @Override
    public void write(LineBuffer line) {
        OutputStream out = null;
        try {
            out = stream.get();
            out.write(line.bytes(), 0, line.length());
            if (out instanceof PrintStream ps) {
                if (ps.checkError()) { // also flushes
                    lost(out, where + " reports a write error (PrintStream.checkError(); it may be closed)");
                }
            } else {
                out.flush();
            }
        } catch (Throwable e) { // the host's stream may throw anything, errors included
            lost(out, "writing to " + where + " failed (" + describe(e) + ")");
        }
    }

    /** Says once per stream that lines are being lost, and why. */
    private void lost(Object out, String why) {
        if (said && out == saidFor) {
            return;
        }
        said = true;
        saidFor = out;
        try {
            LOG.warn("memdebug's lines are being lost: {}; memdebug keeps trying with each line and says no more "
                    + "about this stream", why);
        } catch (Throwable ignored) { // a logger failing in turn: nothing left to tell with
            // the print returns
        }
    }

    private static String describe(Throwable e) {
        try {
            return e.toString();
        } catch (Throwable again) { // the host's exception may fail to describe itself
            return e.getClass().getName();
        }
    }

    @Override
    public boolean colored() {
        return colored;
    }
}
