package memdebug.benchmarks;

import java.util.Arrays;

/**
 * Order statistics of a set of measurements.
 *
 * @param count  how many values
 * @param min    the smallest
 * @param median the middle value (mean of the two middle ones for an even count)
 * @param max    the largest
 */
record Summary(int count, double min, double median, double max) {

    /** Summarises {@code values}; an empty array gives NaN statistics. */
    static Summary of(double[] values) {
        if (values.length == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Summary(n, v[0], median, v[n - 1]);
    }
}
