package memdebug.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;

import memdebug.spi.ValueUnit;

/**
 * TEMPORARY: values and shares as {@code go tool pprof} prints them ({@code 1.50s}, {@code 12.50MB},
 * {@code 60.00%}), for any {@link ValueUnit}, as the PDF's {@code ValueFormat} does for time. To be
 * replaced by the shared {@code memdebug.spi.ValueFormat} once it lands on main. The page script
 * formats hover values with the same unit scales ({@link #suffixes}, {@link #factors}).
 */
final class ValueFormat {

    private static final String[] TIME_UNITS = {"ns", "us", "ms", "s", "hrs"};
    private static final double[] TIME_FACTORS = {1, 1e3, 1e6, 1e9, 3600e9};
    private static final String[] BYTE_UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};
    private static final double[] BYTE_FACTORS = {1, 1L << 10, 1L << 20, 1L << 30, 1L << 40, 1L << 50};

    private ValueFormat() {
    }

    /** The unit names of {@code unit}, smallest first; one empty name for counts. */
    static String[] suffixes(ValueUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> TIME_UNITS.clone();
            case BYTES -> BYTE_UNITS.clone();
            case COUNT -> new String[] {""};
        };
    }

    /** How many of the base unit each of {@link #suffixes} is. */
    static double[] factors(ValueUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> TIME_FACTORS.clone();
            case BYTES -> BYTE_FACTORS.clone();
            case COUNT -> new double[] {1};
        };
    }

    /** {@code value} in its own best unit: {@code 10ms}, {@code 2.50s}, {@code 512kB}, {@code 1234}; {@code 0} for 0. */
    static String label(double value, ValueUnit unit) {
        String[] names = suffixes(unit);
        double[] factors = factors(unit);
        int scale = 0;
        for (int i = 0; i < factors.length; i++) {
            if (Math.abs(value) / factors[i] >= 1.0) {
                scale = i;
            }
        }
        String number = new BigDecimal(value / factors[scale]).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        if (number.endsWith(".00")) {
            number = number.substring(0, number.length() - 3);
        }
        return number.equals("0") || number.equals("-0") ? "0" : number + names[scale];
    }

    /** How much of {@code value} came per second of {@code over}: {@code 6.25MB/s}; empty for no time. */
    static String rate(long value, Duration over, ValueUnit unit) {
        if (over == null || over.isZero() || over.isNegative()) {
            return "";
        }
        return label(value / (over.toNanos() / 1e9), unit) + "/s";
    }

    /** {@code value} as a share of {@code total} as pprof prints it: {@code 100%}, {@code 60.00%}, {@code 0.5%}; {@code 0%} of 0. */
    static String percent(long value, long total) {
        double ratio = total == 0 ? 0 : Math.abs((double) value / total) * 100;
        if (ratio >= 99.95 && ratio <= 100.05) {
            return "100%";
        }
        if (ratio >= 1.0) {
            return new BigDecimal(ratio).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
        }
        if (ratio == 0 || !Double.isFinite(ratio)) {
            return "0%";
        }
        BigDecimal rounded = new BigDecimal(ratio).round(new MathContext(2, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return rounded.toPlainString() + "%";
    }
}
