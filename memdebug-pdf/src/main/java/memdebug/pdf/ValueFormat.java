package memdebug.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats weights and percentages the way {@code go tool pprof} prints them: {@code 600ms},
 * {@code 1.50s}, {@code 60.00%}, {@code 100%}, {@code 0.5%}. Rounding is half-even on the exact
 * binary value, as Go's {@code fmt} does, so the numbers match pprof's to the digit.
 *
 * <p>One instance formats every value of a report in one unit, chosen like pprof's default
 * ("minimum") unit: the unit of the smallest value shown, so a column reads 10ms … 1000ms.
 *
 * @param unit   the unit's suffix, for example {@code "ms"}; empty for sample counts
 * @param factor nanoseconds (or samples) per unit
 */
record ValueFormat(String unit, double factor) {

    private static final String[] TIME_UNITS = {"ns", "us", "ms", "s", "hrs"};
    private static final double[] TIME_FACTORS = {1, 1e3, 1e6, 1e9, 3600e9};

    /** Plain counts, for {@link WeightBasis#SAMPLES}. */
    static final ValueFormat COUNT = new ValueFormat("", 1);

    /**
     * The format for a report's values, chosen as pprof chooses its default unit: plain counts on
     * {@link WeightBasis#SAMPLES}; on CPU time the unit of the smallest non-zero flat value shown,
     * unless the largest cum value is over 100 times bigger and in another unit, in which case the
     * unit of 100 times the smallest, so small rows read {@code 0.01s} rather than big ones
     * {@code 41520ms}.
     *
     * @param minFlat the smallest non-zero flat value shown, 0 if none
     * @param maxCum  the largest cum value shown (or the total)
     */
    static ValueFormat forValues(WeightBasis basis, long minFlat, long maxCum) {
        if (basis == WeightBasis.SAMPLES) {
            return COUNT;
        }
        int unit = timeUnit(minFlat);
        if (unit != timeUnit(maxCum) && (double) minFlat * 100 < maxCum) {
            unit = timeUnit(minFlat * 100);
        }
        return new ValueFormat(TIME_UNITS[unit], TIME_FACTORS[unit]);
    }

    /** A duration in nanoseconds in its own best unit, as pprof prints {@code Duration: 2s}. */
    static String duration(long nanos) {
        if (nanos <= 0) {
            return "0";
        }
        int unit = timeUnit(nanos);
        return new ValueFormat(TIME_UNITS[unit], TIME_FACTORS[unit]).format(nanos);
    }

    /** The value in this format's unit, two decimals unless they are {@code .00}: {@code 1.50s}, {@code 600ms}, {@code 0}. */
    String format(long value) {
        String number = new BigDecimal(value / factor).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        if (number.endsWith(".00")) {
            number = number.substring(0, number.length() - 3);
        }
        return number.equals("0") || number.equals("-0") ? "0" : number + unit;
    }

    /**
     * {@code value} as a share of {@code total}, like pprof's {@code measurement.Percentage} without its
     * padding: {@code 100%} within 0.05 of it, two decimals from 1%, two significant digits below.
     * A total of 0 gives {@code 0%}.
     */
    static String percent(long value, long total) {
        double ratio = total == 0 ? 0 : Math.abs((double) value / total) * 100;
        if (ratio >= 99.95 && ratio <= 100.05) {
            return "100%";
        }
        if (ratio >= 1.0) {
            return new BigDecimal(ratio).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
        }
        return significant(ratio) + "%";
    }

    /** Go's {@code %.2g}: two significant digits, no trailing zeros, exponent form below 1e-4. */
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

    /** The largest time unit of which {@code nanos} is at least one; ns for 0. */
    private static int timeUnit(long nanos) {
        int unit = 0;
        for (int i = 0; i < TIME_FACTORS.length; i++) {
            if (nanos / TIME_FACTORS[i] >= 1.0) {
                unit = i;
            }
        }
        return unit;
    }
}
