package memdebug.internal.line;

import java.util.List;
import memdebug.internal.memory.ClassChange;

/**
 * Runs every branch of the line code once, when an instance is made. The interpreter interns
 * a string literal the first time it runs it, but the JIT interns the literals of branches that
 * never ran when it compiles them, at some later print: 64 bytes of heap that a GC-mode delta
 * would show. Priming moves that cost before the first print.
 */
public final class LinePrimer {

    private LinePrimer() {
    }

    /** Formats lines and data that reach every branch of {@code format} and {@code renderer}. */
    public static void prime(LineFormat format, DatumRenderer renderer) {
        LineBuffer b = new LineBuffer();
        long[] durations = {0, 1, 1_500, 1_500_000, 90_000_000_000L, 3_600_000_000_001L, -1, Long.MIN_VALUE};
        List<ClassChange> classes = List.of(new ClassChange("byte[]", 1, 1_000_016), new ClassChange("a\u001b\u00e9", 0, -8));
        for (long nanos : durations) {
            format.append(b, new Line(nanos, 1, nanos, Long.MIN_VALUE, 1, nanos > 0, 1, nanos < 0 ? -1 : 1, "", classes));
            b.clear();
        }
        format.append(b, new Line(1, 1, 1, 1, 1, false, 1, Line.VIRTUAL_THREAD, ""));
        b.clear();
        Object[] cycle = new Object[1];
        cycle[0] = cycle;
        StringBuilder what = new StringBuilder();
        renderer.appendAll(what, null);
        renderer.appendAll(what, new Object[] {null, 1, "\n\r\t\u001b\u0007\u009b", new int[] {1, 2}, cycle,
            new Unprintable(), "x".repeat(4096)});
        b.utf8("µ\uD83D\uDE00\uD800");
    }

    /** An object whose toString throws, as a caller's may. */
    private static final class Unprintable {
        @Override
        public String toString() {
            throw new UnsupportedOperationException();
        }
    }
}
