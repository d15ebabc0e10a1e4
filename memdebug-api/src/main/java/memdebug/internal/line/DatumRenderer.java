package memdebug.internal.line;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Renders the label and data of a print so that nothing a caller passes can break the line:
 * {@code null} prints {@code null}; arrays print deep ({@code [1, 2]}, cycles as {@code [...]});
 * a datum longer than {@code maxData} characters is cut with {@code …}, and so is the whole
 * label past {@link #WHAT_LIMIT} characters; anything the host's code throws while a datum is
 * read ({@code toString()}, a {@code CharSequence}), errors included, prints
 * {@code <toString threw X>}; control characters are escaped ({@code \e}, {@code \n},
 * {@code \x07}, {@code \u009b}) so a label can never drive the terminal.
 */
public final class DatumRenderer {

    /** The most characters the label and data of one line take, whatever {@code maxData} says. */
    public static final int WHAT_LIMIT = 1 << 16;

    private final int maxData;

    /** @param maxData the most characters one datum prints before it is cut; at least 1, any larger int works */
    public DatumRenderer(int maxData) {
        this.maxData = Math.max(1, maxData);
    }

    /** Appends the data separated by single spaces, {@link #WHAT_LIMIT} characters at most (then {@code …}). */
    public void appendAll(StringBuilder out, Object[] data) {
        if (data == null) {
            out.append("null");
            return;
        }
        int lineEnd = end(out.length(), WHAT_LIMIT);
        for (int i = 0; i < data.length; i++) {
            if (i > 0) {
                if (out.length() >= lineEnd) {
                    out.append('…');
                    return;
                }
                out.append(' ');
            }
            if (append(out, data[i], lineEnd)) {
                return;
            }
        }
    }

    /** Appends one datum, cut at {@code maxData} characters and escaped. */
    public void append(StringBuilder out, Object datum) {
        append(out, datum, end(out.length(), WHAT_LIMIT));
    }

    /** Appends one datum; true when it was cut at {@code lineEnd}, so that nothing more fits. */
    private boolean append(StringBuilder out, Object datum, int lineEnd) {
        int start = out.length();
        Budget budget = new Budget(Math.min(end(start, maxData), lineEnd));
        try {
            render(out, datum, budget, null);
        } catch (Throwable e) { // e.g. a StackOverflowError in an array nested too deep
            out.setLength(start);
            threw(out, e, budget);
        }
        if (budget.cut) {
            // Never leave half a surrogate pair before the ellipsis.
            int end = Math.min(out.length(), budget.limit);
            if (end > start && Character.isHighSurrogate(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
            out.append('…');
        }
        return budget.cut && budget.limit == lineEnd;
    }

    /** {@code from + count}, saturated at {@code Integer.MAX_VALUE}. */
    private static int end(int from, int count) {
        return (int) Math.min(Integer.MAX_VALUE, (long) from + count);
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
        } else if (datum.getClass().isArray()) {
            array(out, datum, budget, seen);
        } else {
            hostText(out, datum, budget);
        }
    }

    /** The text of a datum, from the host's own code, which may throw anything. */
    private static void hostText(StringBuilder out, Object datum, Budget budget) {
        int start = out.length();
        try {
            if (datum instanceof CharSequence cs) {
                text(out, cs, budget);
            } else {
                text(out, String.valueOf(datum.toString()), budget);
            }
        } catch (Throwable e) {
            out.setLength(start);
            threw(out, e, budget);
        }
    }

    private static void threw(StringBuilder out, Throwable e, Budget budget) {
        text(out, "<toString threw ", budget);
        String name = e.getClass().getSimpleName();
        text(out, name.isEmpty() ? e.getClass().getName() : name, budget); // anonymous classes have no simple name
        text(out, ">", budget);
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
