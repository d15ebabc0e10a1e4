package memdebug.internal.line;

import java.util.List;
import memdebug.internal.memory.ClassChange;

/**
 * Lays a {@link Line} out in the Go memdebug's columns, plus the allocation column, and under a
 * non-zero heap change the class line when the line carries classes:
 * <pre>
 *   1.149959ms [   1] ( 1000016):   1058872:  13089808:    229376:   1000016 &lt;-   [alloc 1MB 0]
 *                     byte[] +1 (+1000016 B)
 * </pre>
 * elapsed ({@code %12s}), threads ({@code [%4d]}), heap change ({@code (%8d)}, yellow consumed,
 * green freed), heap in use, memory from the OS (red on a new peak), stack, bytes this thread
 * allocated (cyan), then the label and data (magenta). The class line starts under the heap
 * change's parenthesis and has its color: each class's Java name, its change in instances and,
 * in parentheses, in bytes, signed; a control character in a name prints as {@code ?}.
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
        int deltaColumn = GoDuration.append(b, line.elapsedNanos(), 12) + 4
                + Math.max(4, LineBuffer.decimalLength(line.threads()));
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
        if (delta != 0 && !line.classes().isEmpty()) {
            classLine(b, deltaColumn, delta, line.classes());
        }
    }

    private void classLine(LineBuffer b, int column, long delta, List<ClassChange> classes) {
        b.repeat(' ', column).ascii(delta > 0 ? p.consumed() : p.freed());
        for (int i = 0; i < classes.size(); i++) {
            ClassChange c = classes.get(i);
            if (i > 0) {
                b.ascii(',').ascii(' ');
            }
            b.utf8(printable(c.name())).ascii(' ');
            signed(b, c.instances()).ascii(' ').ascii('(');
            signed(b, c.bytes()).ascii(' ').ascii('B').ascii(')');
        }
        b.ascii(p.reset()).ascii('\n');
    }

    private static LineBuffer signed(LineBuffer b, long n) {
        if (n >= 0) {
            b.ascii('+');
        }
        return b.number(n);
    }

    /** The name with control characters as {@code ?}, so a class name can never drive the terminal. */
    private static String printable(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (control(name.charAt(i))) {
                char[] chars = name.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    chars[j] = control(chars[j]) ? '?' : chars[j];
                }
                return new String(chars);
            }
        }
        return name;
    }

    private static boolean control(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
