package memdebug.examples;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top table of a memdebug PDF, read back from its extracted text: cum per function, in
 * nanoseconds for times and in bytes for sizes (pprof's units: {@code kB} is 1,024 bytes), and
 * as a share.
 */
final class TopTableText {

    private static final Pattern ROW = Pattern.compile(
            "\\s*([0-9.]+\\S*)\\s+([0-9.]+%)\\s+([0-9.]+%)\\s+([0-9.]+\\S*)\\s+([0-9.]+%)\\s+(\\S+)\\s*");
    private static final Pattern VALUE = Pattern.compile("([0-9.]+)(ns|us|µs|ms|s|B|kB|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?");

    private TopTableText() {
    }

    static Map<String, Long> cumByFunction(String text) {
        Map<String, Long> cum = new HashMap<>();
        for (String line : text.split("\\R")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                cum.putIfAbsent(m.group(6), value(m.group(4)));
            }
        }
        return cum;
    }

    /** The cum% column per function, as a fraction: {@code 26.32%} is 0.2632. */
    static Map<String, Double> cumShareByFunction(String text) {
        Map<String, Double> cum = new HashMap<>();
        for (String line : text.split("\\R")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                cum.putIfAbsent(m.group(6), Double.parseDouble(m.group(5).replace("%", "")) / 100);
            }
        }
        return cum;
    }

    static long value(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            throw new AssertionError("not a pprof value: " + value);
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ns" : m.group(2);
        double scale = switch (unit) {
            case "ns", "B" -> 1;
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "kB", "KB", "KiB" -> 1L << 10;
            case "MB", "MiB" -> 1L << 20;
            case "GB", "GiB" -> 1L << 30;
            default -> 1L << 40;
        };
        return Math.round(v * scale);
    }
}
