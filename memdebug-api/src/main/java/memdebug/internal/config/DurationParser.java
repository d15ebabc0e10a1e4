package memdebug.internal.config;

import java.time.Duration;
import java.util.Locale;

/** Parses durations such as {@code 10ms}, {@code 500us}, {@code 2s}, {@code 100ns}; a bare number is milliseconds. */
final class DurationParser {

    private DurationParser() {
    }

    /** The duration, or null when the text is not one. */
    static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int split = 0;
        while (split < t.length() && (Character.isDigit(t.charAt(split)) || t.charAt(split) == '-')) {
            split++;
        }
        if (split == 0) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(t.substring(0, split));
        } catch (NumberFormatException e) {
            return null;
        }
        try {
            switch (t.substring(split).trim()) {
                case "": case "ms":
                    return Duration.ofMillis(n);
                case "ns":
                    return Duration.ofNanos(n);
                case "us": case "µs":
                    return Duration.ofNanos(Math.multiplyExact(n, 1000L));
                case "s":
                    return Duration.ofSeconds(n);
                default:
                    return null;
            }
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
