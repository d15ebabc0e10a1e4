package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of {@code go tool pprof -top}, read back: its header lines and its rows, values in
 * the profile's unit. pprof prints every value of a table in one unit with two decimals
 * ({@code 0.60s}, {@code 2.50MB}), so each value is exact to half a hundredth of that unit.
 *
 * @param header   the lines above the table ({@code File:}, comments, {@code Type:}, …)
 * @param rows     the rows, in pprof's order
 * @param inline   the functions pprof marked {@code (inline)} or {@code (partial-inline)}
 * @param rounding how far a printed value may be from the true one
 */
record PprofTop(List<String> header, List<TopRow> rows, List<String> inline, double rounding) {

    private static final Pattern ROW = Pattern.compile(
            " *(\\S+) +(\\S+)% +(\\S+)% +(\\S+) +(\\S+)%  (.*?)( \\((?:partial-)?inline\\))?");
    private static final Pattern VALUE = Pattern.compile("(-?[0-9.]+)([a-zA-Z]*)");
    private static final Map<String, Double> SCALE = Map.ofEntries(
            Map.entry("", 1.0), Map.entry("ns", 1.0), Map.entry("us", 1e3), Map.entry("ms", 1e6), Map.entry("s", 1e9),
            Map.entry("hrs", 3600e9), Map.entry("B", 1.0), Map.entry("kB", 1024.0), Map.entry("MB", 1024.0 * 1024),
            Map.entry("GB", 1024.0 * 1024 * 1024), Map.entry("TB", 1024.0 * 1024 * 1024 * 1024));

    static PprofTop parse(String text) {
        List<String> header = new ArrayList<>();
        List<TopRow> rows = new ArrayList<>();
        List<String> inline = new ArrayList<>();
        double unit = 1;
        boolean table = false;
        for (String line : text.split("\n")) {
            if (!table) {
                if (line.trim().equals("flat  flat%   sum%        cum   cum%")) {
                    table = true;
                } else {
                    header.add(line);
                }
                continue;
            }
            Matcher m = ROW.matcher(line);
            assertTrue(m.matches(), "a pprof -top row: [" + line + "]\n" + text);
            double[] flat = value(m.group(1));
            double[] cum = value(m.group(4));
            unit = Math.max(unit, Math.max(flat[1], cum[1]));
            rows.add(new TopRow(m.group(6), Math.round(flat[0]), Math.round(cum[0])));
            if (m.group(7) != null) {
                inline.add(m.group(6));
            }
        }
        assertTrue(table, "no table in:\n" + text);
        return new PprofTop(header, rows, inline, 0.005 * unit);
    }

    /** The value and the scale of its unit. */
    private static double[] value(String printed) {
        Matcher m = VALUE.matcher(printed);
        assertTrue(m.matches(), "a pprof value: " + printed);
        Double scale = SCALE.get(m.group(2));
        assertTrue(scale != null, "a pprof unit: " + printed);
        return new double[] {Double.parseDouble(m.group(1)) * scale, m.group(1).equals("0") ? 1 : scale};
    }

    /** The header line that starts with {@code prefix}, without it. */
    String header(String prefix) {
        return header.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " in " + header));
    }

    /** The row of {@code function}. */
    TopRow row(String function) {
        return rows.stream().filter(r -> r.function().equals(function)).findFirst()
                .orElseThrow(() -> new AssertionError(function + " is not in pprof's -top: " + rows));
    }

    /**
     * Asserts that {@code expected} are these rows, one for one in this order: the same functions,
     * flat and cum within pprof's rounding.
     */
    void assertRows(List<TopRow> expected, String context) {
        assertRows(expected, context, 0);
    }

    /** As {@link #assertRows(List, String)}, the expected values being rounded by up to {@code theirRounding} too. */
    void assertRows(List<TopRow> expected, String context, double theirRounding) {
        double rounding = this.rounding + theirRounding;
        String both = "\nexpected " + expected + "\npprof    " + rows + "\n" + context;
        assertEquals(expected.stream().map(TopRow::function).toList(), rows.stream().map(TopRow::function).toList(),
                "the same functions in the same order" + both);
        for (int i = 0; i < rows.size(); i++) {
            TopRow e = expected.get(i);
            TopRow a = rows.get(i);
            assertEquals(e.flat(), a.flat(), rounding, "flat of " + e.function() + both);
            assertEquals(e.cum(), a.cum(), rounding, "cum of " + e.function() + both);
        }
    }
}
