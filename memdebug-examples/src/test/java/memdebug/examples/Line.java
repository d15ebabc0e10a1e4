package memdebug.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A memdebug line read back from a child's output. */
record Line(String elapsed, int threads, long delta, boolean freed, long heap, long os, long stack, long allocated,
            String what) {

    private static final Pattern ESC = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final Pattern LINE = Pattern.compile(
            " *(\\S+) \\[ *(\\d+)\\] \\( *(\\d+)\\): *(\\d+): *(\\d+): *(\\d+): *(\\d+|n/a) <-   \\[(.*)\\]");

    static Line parse(String raw) {
        Matcher m = LINE.matcher(ESC.matcher(raw).replaceAll(""));
        if (!m.matches()) {
            throw new AssertionError("not a memdebug line: " + raw.replace("\u001b", "\\e"));
        }
        return new Line(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)), raw.contains("(\u001b[32m"),
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)),
                m.group(7).equals("n/a") ? -1 : Long.parseLong(m.group(7)), m.group(8));
    }

    static List<Line> parseAll(String text) {
        List<Line> out = new ArrayList<>();
        text.lines().filter(l -> !l.isBlank()).forEach(l -> out.add(parse(l)));
        return out;
    }
}
