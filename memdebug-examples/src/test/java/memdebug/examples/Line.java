package memdebug.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memdebug line read back from a child's output, with the class line under it when there is
 * one ({@code ""} when not).
 */
record Line(String elapsed, int threads, long delta, boolean freed, long heap, long os, long stack, long allocated,
            String what, String classes) {

    private static final Pattern ESC = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final Pattern LINE = Pattern.compile(
            " *(\\S+) \\[ *(\\d+)\\] \\( *(\\d+)\\): *(\\d+): *(\\d+): *(\\d+): *(\\d+|n/a) <-   \\[(.*)\\]");
    /** A class line: indented, then entries like {@code byte[] +1 (+1000016 B)} separated by {@code ", "}. */
    private static final Pattern CLASSES = Pattern.compile(" +(\\S+ [-+]\\d+ \\([-+]\\d+ B\\)(, \\S+ [-+]\\d+ \\([-+]\\d+ B\\))*)");

    static Line parse(String raw) {
        return parse(raw, "");
    }

    private static Line parse(String raw, String classes) {
        Matcher m = LINE.matcher(ESC.matcher(raw).replaceAll(""));
        if (!m.matches()) {
            throw new AssertionError("not a memdebug line: " + raw.replace("\u001b", "\\e"));
        }
        return new Line(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)), raw.contains("(\u001b[32m"),
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)),
                m.group(7).equals("n/a") ? -1 : Long.parseLong(m.group(7)), m.group(8), classes);
    }

    /** The class line's entries, or null when {@code raw} is no class line. */
    static String classLine(String raw) {
        Matcher m = CLASSES.matcher(ESC.matcher(raw).replaceAll(""));
        return m.matches() ? m.group(1) : null;
    }

    /** Every line of {@code text}, each with the class line that follows it; anything else fails. */
    static List<Line> parseAll(String text) {
        List<Line> out = new ArrayList<>();
        List<String> raw = text.lines().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i < raw.size(); i++) {
            String classes = i + 1 < raw.size() ? classLine(raw.get(i + 1)) : null;
            out.add(parse(raw.get(i), classes == null ? "" : classes));
            if (classes != null) {
                i++;
            }
        }
        return out;
    }
}
