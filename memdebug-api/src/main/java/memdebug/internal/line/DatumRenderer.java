package memdebug.internal.line;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Renders the label and data of a print so that nothing a caller passes can break the line:
 * {@code null} prints {@code null}; arrays print deep ({@code [1, 2]}, cycles as {@code [...]});
 * a datum longer than {@code maxData} characters is cut with {@code …}; a {@code toString()}
 * that throws prints {@code <toString threw X>}; control characters are escaped ({@code \e},
 * {@code \n}, {@code \x07}, {@code \u009b}) so a label can never drive the terminal.
 */
public final class DatumRenderer {

    private final int maxData;

    /** @param maxData the most characters one datum prints before it is cut; at least 1 */
    public DatumRenderer(int maxData) {
        this.maxData = Math.max(1, maxData);
    }

    /** Appends the data separated by single spaces. */
    public void appendAll(StringBuilder out, Object[] data) {
        if (data == null) {
            out.append("null");
            return;
        }
        for (int i = 0; i < data.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            append(out, data[i]);
        }
    }

    /** Appends one datum, cut at {@code maxData} characters and escaped. */
    public void append(StringBuilder out, Object datum) {
        int start = out.length();
        Budget budget = new Budget(start + maxData);
        render(out, datum, budget, null);
        if (budget.cut) {
            // Never leave half a surrogate pair before the ellipsis.
            int end = Math.min(out.length(), budget.limit);
            if (end > start && Character.isHighSurrogate(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
            out.append('…');
        }
    }

    private static final class Budget {
        final int limit;
        boolean cut;

        Budget(int limit) {
            this.limit = limit;
        }

        boolean full(StringBuilder out) {
            if (out.length() >= limit) {
                cut = true;
            }
            return cut;
        }
    }

    private void render(StringBuilder out, Object datum, Budget budget, Map<Object, Boolean> seen) {
        if (budget.full(out)) {
            return;
        }
        if (datum == null) {
            out.append("null");
        } else if (datum instanceof CharSequence cs) {
            text(out, cs, budget);
        } else if (datum.getClass().isArray()) {
            array(out, datum, budget, seen);
        } else if (datum instanceof Number || datum instanceof Boolean || datum instanceof Character) {
            text(out, datum.toString(), budget);
        } else {
            String s;
            try {
                s = String.valueOf(datum.toString());
            } catch (Exception | StackOverflowError | LinkageError e) {
                s = "<toString threw " + e.getClass().getSimpleName() + ">";
            }
            text(out, s, budget);
        }
    }

    private void array(StringBuilder out, Object array, Budget budget, Map<Object, Boolean> seen) {
        if (seen == null) {
            seen = new IdentityHashMap<>();
        }
        if (seen.put(array, Boolean.TRUE) != null) {
            out.append("[...]");
            return;
        }
        out.append('[');
        int n = java.lang.reflect.Array.getLength(array);
        for (int i = 0; i < n && !budget.full(out); i++) {
            if (i > 0) {
                out.append(", ");
            }
            render(out, java.lang.reflect.Array.get(array, i), budget, seen);
        }
        out.append(']');
        seen.remove(array);
    }

    /** Appends text escaped, reading no more of it than the budget allows. */
    private static void text(StringBuilder out, CharSequence s, Budget budget) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (budget.full(out)) {
                return;
            }
            char c = s.charAt(i);
            if (c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F)) {
                out.append(c);
            } else {
                escape(out, c);
            }
        }
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x1B -> out.append("\\e");
            default -> {
                if (c < 0x80) {
                    out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                } else {
                    out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                }
            }
        }
    }
}
