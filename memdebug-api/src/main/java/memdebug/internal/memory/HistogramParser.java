package memdebug.internal.memory;

import java.util.Arrays;

/**
 * Reads the text of HotSpot's {@code GC.class_histogram} (the same on JDK 17 and 25):
 * <pre>
 *  num     #instances         #bytes  class name (module)
 * -------------------------------------------------------
 *    1:         17275        2189544  [B (java.base@17.0.15)
 *    2:           100           1600  com.acme.Order
 *    3:             1             16  com.acme.Main$$Lambda$14/0x0000000800c0a0a0
 * Total        123456       12345678
 * </pre>
 * Names become Java source names: {@code [B} → {@code byte[]}, {@code [[Ljava.lang.String;} →
 * {@code java.lang.String[][]}, a hidden class loses its address ({@code /0x…}) and a lambda
 * its JDK 17 serial number ({@code Main$$Lambda$14} → {@code Main$$Lambda}, as JDK 21+ names it);
 * the module suffix gives the {@link ClassOrigin}. Two kinds of rows are left out, and so not
 * counted in {@link ClassHistogram#liveBytes()}: the JVM's fillers of dead space
 * ({@code jdk.internal.vm.FillerObject} and {@code FillerElement[]}, JDK 19+), which are no
 * objects of the program, and memdebug's own {@link ClassTable}s, which exist only to remember
 * the previous print.
 *
 * <p>One pass over the characters, one string per row; no regular expressions, no collection
 * classes (a first JIT compilation of a JDK class interns its string constants, a few hundred
 * bytes that would show in some print's delta). Every string constant here is used on every
 * call, so the JIT finds them interned already (see {@link ClassesPrimer}).
 */
final class HistogramParser {

    private static final String TOTAL = "Total";
    private static final String FILLER = "jdk.internal.vm.Filler";
    private static final String OWN = ClassTable.class.getName();
    private static final String LAMBDA = "$$Lambda$";
    private static final String[] JDK_MODULES = {"java.", "jdk."};
    private static final String[] MEMDEBUG_PACKAGES = {"memdebug.api.", "memdebug.spi.", "memdebug.internal."};
    private static final String[] PRIMITIVES = new String[128];

    static {
        PRIMITIVES['B'] = "byte";
        PRIMITIVES['C'] = "char";
        PRIMITIVES['D'] = "double";
        PRIMITIVES['F'] = "float";
        PRIMITIVES['I'] = "int";
        PRIMITIVES['J'] = "long";
        PRIMITIVES['S'] = "short";
        PRIMITIVES['Z'] = "boolean";
    }

    private HistogramParser() {
    }

    /**
     * The histogram in {@code text}, or null when the text is not one (no rows, a malformed row,
     * or no closing {@code Total} line).
     */
    static ClassHistogram parse(String text) {
        ClassCount[] rows = new ClassCount[Math.max(16, text.length() / 64)];
        int count = 0;
        long live = 0;
        int n = text.length();
        int pos = 0;
        Row row = new Row();
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int lineEnd = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int i = skipSpaces(text, pos, lineEnd);
            if (i < lineEnd && isDigit(text.charAt(i))) {
                if (!row.read(text, i, lineEnd)) {
                    return null;
                }
                ClassCount c = row.count(text);
                if (c != null) {
                    if (count == rows.length) {
                        rows = Arrays.copyOf(rows, count * 2);
                    }
                    rows[count++] = c;
                    live += c.bytes();
                }
            } else if (text.startsWith(TOTAL, i)) {
                return count == 0 ? null : new ClassHistogram(Arrays.asList(Arrays.copyOf(rows, count)), live);
            }
            pos = end + 1;
        }
        return null;
    }

    /** The fields of one row, as positions in the text. */
    private static final class Row {
        long instances;
        long bytes;
        int nameStart;
        int nameEnd;
        int moduleStart;
        int moduleEnd;

        /** Reads {@code rank: instances bytes name [(module)]}; false when the row is malformed. */
        boolean read(String t, int i, int end) {
            i = skipDigits(t, i, end);
            if (i >= end || t.charAt(i) != ':') {
                return false;
            }
            i = skipSpaces(t, i + 1, end);
            int s = i;
            i = skipDigits(t, i, end);
            instances = number(t, s, i);
            i = skipSpaces(t, i, end);
            s = i;
            i = skipDigits(t, i, end);
            bytes = number(t, s, i);
            nameStart = skipSpaces(t, i, end);
            nameEnd = nameStart;
            while (nameEnd < end && t.charAt(nameEnd) != ' ') {
                nameEnd++;
            }
            moduleStart = skipSpaces(t, nameEnd, end);
            moduleEnd = moduleStart;
            if (moduleStart < end && t.charAt(moduleStart) == '(') {
                moduleStart++;
                moduleEnd = moduleStart;
                while (moduleEnd < end && t.charAt(moduleEnd) != ')') {
                    moduleEnd++;
                }
                if (moduleEnd == end) {
                    return false;
                }
            }
            return instances >= 0 && bytes >= 0 && nameEnd > nameStart;
        }

        /** The row as a count, or null for a row that is left out. */
        ClassCount count(String t) {
            int dims = 0;
            while (nameStart + dims < nameEnd && t.charAt(nameStart + dims) == '[') {
                dims++;
            }
            int elementStart = nameStart + dims;
            int elementEnd = nameEnd;
            String primitive = null;
            if (dims > 0) {
                char code = elementStart < nameEnd ? t.charAt(elementStart) : ' ';
                if (code == 'L' && t.charAt(nameEnd - 1) == ';') {
                    elementStart++;
                    elementEnd--;
                } else if (elementEnd - elementStart == 1 && code < 128 && PRIMITIVES[code] != null) {
                    primitive = PRIMITIVES[code];
                }
            }
            if (primitive == null && (t.startsWith(FILLER, elementStart) || t.startsWith(OWN, elementStart))) {
                return null;
            }
            elementEnd = readableEnd(t, elementStart, elementEnd);
            String name;
            if (primitive == null && dims == 0 && elementEnd == nameEnd) {
                name = t.substring(nameStart, nameEnd);
            } else {
                StringBuilder b = new StringBuilder(elementEnd - elementStart + 8 + 2 * dims);
                if (primitive != null) {
                    b.append(primitive);
                } else {
                    b.append(t, elementStart, elementEnd);
                }
                for (int d = 0; d < dims; d++) {
                    b.append('[').append(']');
                }
                name = b.toString();
            }
            return new ClassCount(name, instances, bytes, origin(t, primitive != null, elementStart));
        }

        private ClassOrigin origin(String t, boolean primitive, int elementStart) {
            if (primitive || startsWithAny(t, moduleStart, moduleEnd, JDK_MODULES)) {
                return ClassOrigin.JDK;
            }
            return startsWithAny(t, elementStart, nameEnd, MEMDEBUG_PACKAGES) ? ClassOrigin.MEMDEBUG : ClassOrigin.HOST;
        }
    }

    /**
     * Where a class name ends once a hidden class's address ({@code /0x…}) and a JDK 17
     * lambda's serial number ({@code $$Lambda$14}) are cut off.
     */
    private static int readableEnd(String t, int start, int end) {
        for (int i = start; i < end; i++) {
            if (t.charAt(i) == '/') {
                end = i;
                break;
            }
        }
        int digits = end;
        while (digits > start && isDigit(t.charAt(digits - 1))) {
            digits--;
        }
        if (digits < end && digits - start >= LAMBDA.length() && t.startsWith(LAMBDA, digits - LAMBDA.length())) {
            return digits - 1;
        }
        return end;
    }

    private static boolean startsWithAny(String t, int start, int end, String[] prefixes) {
        for (String p : prefixes) {
            if (end - start >= p.length() && t.startsWith(p, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpaces(String t, int i, int end) {
        while (i < end && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int skipDigits(String t, int i, int end) {
        while (i < end && isDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The decimal number in {@code [start, end)}; -1 when there is none or it has more than 18 digits. */
    private static long number(String t, int start, int end) {
        if (end == start || end - start > 18) {
            return -1;
        }
        long v = 0;
        for (int i = start; i < end; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }
}
