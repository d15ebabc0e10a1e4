package memdebug.internal.config;

import java.time.Duration;
import java.util.Locale;

/**
 * Parses durations such as {@code 10ms}, {@code 500us}, {@code 2s}, {@code 100ns}; a bare number
 * is milliseconds. A number too large for a {@code long} count of its unit gives {@link #HUGE}.
 */
final class DurationParser {

    /** What a positive number too large to count in its unit parses to; callers cap it. */
    static final Duration HUGE = Duration.ofSeconds(Long.MAX_VALUE);

    private DurationParser() {
    }

    /** The duration, {@link #HUGE}, or null when the text is not one. */
    static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int split = 0;
        while (split < t.length() && (Character.isDigit(t.charAt(split)) || t.charAt(split) == '-')) {
            split++;
        }
        if (split == 0) {
            return null;
        }
        String digits = t.substring(0, split);
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return digits.matches("[0-9]+") && unit(t.substring(split).trim()) != null ? HUGE : null;
        }
        Long nanosPerUnit = unit(t.substring(split).trim());
        if (nanosPerUnit == null) {
            return null;
        }
        try {
            return nanosPerUnit >= 1_000_000_000L
                    ? Duration.ofSeconds(n)
                    : Duration.ofNanos(Math.multiplyExact(n, nanosPerUnit));
        } catch (ArithmeticException e) {
            return n > 0 ? HUGE : null;
        }
    }

    /** Nanoseconds in the unit, or null for an unknown unit. */
    private static Long unit(String unit) {
        return switch (unit) {
            case "", "ms" -> 1_000_000L;
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L; // micro sign and Greek mu
            case "s" -> 1_000_000_000L;
            default -> null;
        };
    }
}
