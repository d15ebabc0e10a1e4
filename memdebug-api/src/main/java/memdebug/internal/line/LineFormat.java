package memdebug.internal.line;

/**
 * Lays a {@link Line} out in the Go memdebug's columns, plus the allocation column:
 * <pre>
 *   1.149959ms [   1] ( 1058872):   1058872:  13089808:    229376:   1000016 &lt;-   [alloc 1MB 0]
 * </pre>
 * elapsed ({@code %12s}), threads ({@code [%4d]}), heap change ({@code (%8d)}, yellow consumed,
 * green freed), heap in use, memory from the OS (red on a new peak), stack, bytes this thread
 * allocated (cyan), then the label and data (magenta).
 */
public final class LineFormat {

    private final Palette p;

    /** @param palette the colors; {@link Palette#PLAIN} for none */
    public LineFormat(Palette palette) {
        this.p = palette;
    }

    /** Appends the whole line, with its newline, to the buffer. */
    public void append(LineBuffer b, Line line) {
        b.ascii(p.elapsed());
        GoDuration.append(b, line.elapsedNanos(), 12);
        b.ascii(p.reset()).ascii(" [").ascii(p.threads()).number(line.threads(), 4).ascii(p.reset()).ascii("] (");
        long delta = line.heapDelta();
        b.ascii(delta > 0 ? p.consumed() : p.freed()).number(delta == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(delta), 8)
                .ascii(p.reset()).ascii("):");
        b.number(line.heapUsed(), 10).ascii(':');
        b.ascii(line.osPeak() ? p.osPeak() : p.osSteady()).number(line.osBytes(), 10).ascii(p.reset()).ascii(':');
        b.number(line.stackBytes(), 10).ascii(':');
        b.ascii(p.allocated());
        if (line.allocatedBytes() == Line.VIRTUAL_THREAD) {
            b.repeat(' ', 3).ascii("virtual");
        } else if (line.allocatedBytes() < 0) {
            b.repeat(' ', 7).ascii("n/a");
        } else {
            b.number(line.allocatedBytes(), 10);
        }
        b.ascii(p.reset()).ascii(" <- ").ascii(p.what()).ascii("  [").utf8(line.what()).ascii(']').ascii(p.reset());
        b.ascii('\n');
    }
}
