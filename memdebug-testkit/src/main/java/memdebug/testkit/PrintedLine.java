package memdebug.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memdebug line read back: its columns, and for colored lines the colors that matter.
 *
 * @param elapsed   column 1 as printed, such as {@code 1.5ms}
 * @param threads   column 2
 * @param delta     column 3, the absolute change in heap in use
 * @param freed     true when column 3 is green (freed)
 * @param heap      column 4
 * @param os        column 5
 * @param osRed     true when column 5 is red (a new peak)
 * @param stack     column 6
 * @param allocated column 7, or -1 when it reads {@code n/a}, -2 when it reads {@code virtual}
 * @param what      the label and data inside the brackets
 * @param classes   the entries of the class line under it ({@code byte[] +1 (+1000016 B), …}), or
 *                  {@code ""} when it has none
 */
public record PrintedLine(String elapsed, int threads, long delta, boolean freed, long heap, long os, boolean osRed,
                          long stack, long allocated, String what, String classes) {

    private static final Pattern ESC = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final Pattern LINE = Pattern.compile(
            " *(\\S+) \\[ *(\\d+)\\] \\( *(\\d+)\\): *(\\d+): *(\\d+): *(\\d+): *(\\d+|n/a|virtual) <-   \\[(.*)\\]");
    /** A class line: indented, then entries like {@code byte[] +1 (+1000016 B)} separated by {@code ", "}. */
    private static final Pattern CLASSES = Pattern.compile(
            " +(\\S+ [-+]\\d+ \\([-+]\\d+ B\\)(, \\S+ [-+]\\d+ \\([-+]\\d+ B\\))*)");

    /**
     * Reads one line, colored or not.
     *
     * @throws AssertionError when it is not a memdebug line
     */
    public static PrintedLine parse(String raw) {
        return parse(raw, "");
    }

    private static PrintedLine parse(String raw, String classes) {
        String plain = strip(raw);
        Matcher m = LINE.matcher(plain);
        if (!m.matches()) {
            throw new AssertionError("not a memdebug line: " + raw.replace("\u001b", "\\e"));
        }
        boolean freed = raw.contains("(\u001b[32m");
        boolean red = raw.contains(":\u001b[1;31m");
        return new PrintedLine(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)), freed,
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), red, Long.parseLong(m.group(6)),
                m.group(7).equals("n/a") ? -1 : m.group(7).equals("virtual") ? -2 : Long.parseLong(m.group(7)), m.group(8), classes);
    }

    /** The class line's entries, or null when {@code raw} is no class line. */
    public static String classLine(String raw) {
        Matcher m = CLASSES.matcher(strip(raw));
        return m.matches() ? m.group(1) : null;
    }

    /** Every non-blank line of {@code text}, each with the class line that follows it; anything else fails. */
    public static List<PrintedLine> parseAll(String text) {
        List<PrintedLine> out = new ArrayList<>();
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

    /** The line without its escape sequences. */
    public static String strip(String raw) {
        return ESC.matcher(raw).replaceAll("");
    }
}
