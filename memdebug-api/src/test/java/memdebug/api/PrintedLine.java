package memdebug.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A memdebug line read back: its columns, and for colored lines the colors that mattered. */
record PrintedLine(String elapsed, int threads, long delta, boolean freed, long heap, long os, boolean osRed,
                   long stack, long allocated, String what) {

    private static final Pattern ESC = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final Pattern LINE = Pattern.compile(
            " *(\\S+) \\[ *(\\d+)\\] \\( *(\\d+)\\): *(\\d+): *(\\d+): *(\\d+): *(\\d+|n/a) <-   \\[(.*)\\]");

    static PrintedLine parse(String raw) {
        String plain = ESC.matcher(raw).replaceAll("");
        Matcher m = LINE.matcher(plain);
        if (!m.matches()) {
            throw new AssertionError("not a memdebug line: " + raw.replace("\u001b", "\\e"));
        }
        boolean freed = raw.contains("(\u001b[32m");
        boolean red = raw.contains(":\u001b[1;31m");
        return new PrintedLine(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)), freed,
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), red, Long.parseLong(m.group(6)),
                m.group(7).equals("n/a") ? -1 : Long.parseLong(m.group(7)), m.group(8));
    }

    static List<PrintedLine> parseAll(String text) {
        List<PrintedLine> out = new ArrayList<>();
        text.lines().forEach(l -> out.add(parse(l)));
        return out;
    }
}
