package memdebug.spi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * Formats a profile's values as {@code go tool pprof} prints them, so that a report and pprof agree
 * to the digit: times as {@code 600ms}, {@code 1.50s}, {@code 2hrs} (units ns, us, ms, s, hrs), bytes
 * as {@code 512kB}, {@code 12.50MB} (units B, kB, MB, GB, TB, PB, each 1024 of the one before),
 * counts as plain numbers; shares as {@code 60.00%}, {@code 100%}, {@code 0.5%}. Numbers have two
 * decimals unless they are {@code .00}, rounded half-even on the exact binary value as Go's
 * {@code fmt} rounds.
 *
 * <p>An instance formats every value of one report in one unit, picked as pprof picks its default
 * ({@code -unit=minimum}) unit: see {@link #of}. The static methods format single values in their
 * own best unit. Immutable and thread-safe.
 */
public final class ValueFormat {

    private static final String[] TIME_UNITS = {"ns", "us", "ms", "s", "hrs"};
    private static final double[] TIME_FACTORS = {1, 1e3, 1e6, 1e9, 3600e9};
    /** pprof falls back to seconds when no time unit fits (a value of 0). */
    private static final int TIME_DEFAULT = 3;
    private static final String[] BYTE_UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};
    private static final double[] BYTE_FACTORS = {1, 1L << 10, 1L << 20, 1L << 30, 1L << 40, 1L << 50};
    private static final int BYTE_DEFAULT = 0;

    private final ValueUnit unit;
    private final String suffix;
    private final double factor;

    private ValueFormat(ValueUnit unit, int scale) {
        this.unit = unit;
        this.suffix = suffixes(unit)[scale];
        this.factor = factors(unit)[scale];
    }

    /**
     * The format pprof would use for a report whose smallest value is {@code smallest} and whose
     * total is {@code total}: the unit of the smallest, unless the total is over 100 times bigger
     * and in another unit, in which case the unit of 100 times the smallest, so small rows read
     * {@code 0.01s} rather than big ones {@code 41520ms}. Counts have no unit.
     *
     * @param unit     the values' unit; null is taken as {@link ValueUnit#COUNT}
     * @param smallest the smallest non-zero value shown (pprof: each row's flat, or its cum when
     *                 its flat is 0); 0 or less means "none", and the total is used
     * @param total    the profile's total; negative values count as 0
     */
    public static ValueFormat of(ValueUnit unit, long smallest, long total) {
        ValueUnit u = Objects.requireNonNullElse(unit, ValueUnit.COUNT);
        long max = Math.max(0, total);
        long min = smallest > 0 ? smallest : max;
        int minScale = scale(u, min);
        int maxScale = scale(u, max);
        int chosen = minScale;
        if (minScale != maxScale && (double) min * 100 < max) {
            chosen = scale(u, (double) min * 100);
        }
        return new ValueFormat(u, chosen);
    }

    /**
     * One value in its own best unit, as pprof's {@code measurement.Label} prints it:
     * {@code 10ms}, {@code 2.50s}, {@code 512kB}, {@code 1234}; {@code 0} for 0.
     *
     * @param unit the value's unit; null is taken as {@link ValueUnit#COUNT}
     */
    public static String label(long value, ValueUnit unit) {
        ValueUnit u = Objects.requireNonNullElse(unit, ValueUnit.COUNT);
        return new ValueFormat(u, scale(u, Math.abs((double) value))).format(value);
    }

    /**
     * How much of {@code value} came per second of {@code over}, in its own best unit and
     * {@code /s}: {@code 6.25MB/s}, {@code 120/s}, {@code 250ms/s}. Empty when {@code over} is
     * null, zero or negative.
     *
     * @param unit the value's unit; null is taken as {@link ValueUnit#COUNT}
     */
    public static String rate(long value, Duration over, ValueUnit unit) {
        if (over == null || over.isZero() || over.isNegative()) {
            return "";
        }
        ValueUnit u = Objects.requireNonNullElse(unit, ValueUnit.COUNT);
        double perSecond = value / (over.toNanos() / 1e9);
        ValueFormat format = new ValueFormat(u, scale(u, Math.abs(perSecond)));
        return format.format(perSecond) + "/s";
    }

    /**
     * {@code value} as a share of {@code total}, as pprof's {@code measurement.Percentage} without
     * its padding: {@code 100%} within 0.05 of it, two decimals from 1% ({@code 60.00%}), two
     * significant digits below ({@code 0.5%}, {@code 0.0051%}, {@code 1e-05%}). A total of 0 gives
     * {@code 0%}; the sign is ignored.
     */
    public static String percent(long value, long total) {
        return number(value, total) + "%";
    }

    /**
     * {@link #percent} padded as pprof pads it in its tables: the number right-aligned in five
     * characters, so {@code " 9.00%"}, {@code "  100%"}, {@code "  0.5%"}.
     */
    public static String paddedPercent(long value, long total) {
        return String.format("%5s%%", number(value, total));
    }

    /**
     * {@code value} in this format's unit: {@code 1.50s}, {@code 600ms}, {@code 12MB}; {@code 0}
     * (without unit) when it rounds to zero.
     */
    public String format(long value) {
        return format((double) value);
    }

    /** The unit this format prints, for example {@code "ms"} or {@code "MB"}; empty for counts. */
    public String suffix() {
        return suffix;
    }

    /** The unit of the values formatted. */
    public ValueUnit unit() {
        return unit;
    }

    /** Shows the unit, for example {@code ValueFormat[ms]}. */
    @Override
    public String toString() {
        return "ValueFormat[" + suffix + "]";
    }

    private String format(double value) {
        String number = new BigDecimal(value / factor).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        if (number.endsWith(".00")) {
            number = number.substring(0, number.length() - 3);
        }
        return number.equals("0") || number.equals("-0") ? "0" : number + suffix;
    }

    private static String number(long value, long total) {
        double ratio = total == 0 ? 0 : Math.abs((double) value / total) * 100;
        if (ratio >= 99.95 && ratio <= 100.05) {
            return "100";
        }
        if (ratio >= 1.0) {
            return new BigDecimal(ratio).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        return significant(ratio);
    }

    /** Go's {@code %.2g} for 0 ≤ v < 1: two significant digits, no trailing zeros, exponent form below 1e-4. */
    private static String significant(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(2, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4) {
            String mantissa = rounded.movePointRight(-exponent).stripTrailingZeros().toPlainString();
            return mantissa + "e-" + (-exponent < 10 ? "0" : "") + (-exponent);
        }
        return rounded.toPlainString();
    }

    /** The largest unit of which {@code value} is at least one, as pprof's autoScale; the default unit when none. */
    private static int scale(ValueUnit unit, double value) {
        double[] factors = factors(unit);
        int found = -1;
        for (int i = 0; i < factors.length; i++) {
            if (value / factors[i] >= 1.0) {
                found = i;
            }
        }
        if (found >= 0) {
            return found;
        }
        return switch (unit) {
            case NANOSECONDS -> TIME_DEFAULT;
            case BYTES -> BYTE_DEFAULT;
            case COUNT -> 0;
        };
    }

    private static String[] suffixes(ValueUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> TIME_UNITS;
            case BYTES -> BYTE_UNITS;
            case COUNT -> new String[] {""};
        };
    }

    private static double[] factors(ValueUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> TIME_FACTORS;
            case BYTES -> BYTE_FACTORS;
            case COUNT -> new double[] {1};
        };
    }
}
