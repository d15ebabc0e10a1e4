package memdebug.internal.output;

import memdebug.internal.line.LineBuffer;

/** Where finished lines go. Called under the print lock, one whole line at a time. */
public interface LineSink {

    /** Writes one line (ending in a newline) with a single write. */
    void write(LineBuffer line);

    /** True when this sink wants escape sequences in the line. */
    boolean colored();
}
