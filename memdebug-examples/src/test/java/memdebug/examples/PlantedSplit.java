package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a planted split read from a profile. A sampled share is off by sampling noise, and how
 * much depends on how many samples were taken: jmx keeps its stack walks to about 3 % of the time,
 * so on a machine whose cores are busy with other work it takes far fewer than its interval asks
 * for (40 instead of 450 in 3 s, measured beside a busy loop). The tolerance is therefore the
 * larger of a fixed bound and four binomial standard deviations at the samples taken: a share
 * outside it means bias, not bad luck.
 */
final class PlantedSplit {

    /** Fewer samples than this say nothing of a split. */
    static final int MIN_SAMPLES = 20;

    private static final Pattern SAMPLES = Pattern.compile("Samples: ([0-9]+) samples? in");

    private PlantedSplit() {
    }

    /** The profile's sample count, from the report's "Samples: N samples in M distinct stacks" line. */
    static long samples(String reportText) {
        Matcher m = SAMPLES.matcher(reportText);
        if (!m.find()) {
            throw new AssertionError("no \"Samples:\" line in the report:\n" + reportText);
        }
        return Long.parseLong(m.group(1));
    }

    /** The tolerance of a share whose true value is {@code truth}, read from {@code samples} samples. */
    static double tolerance(double truth, long samples, double floor) {
        return Math.max(floor, 4 * Math.sqrt(truth * (1 - truth) / Math.max(1, samples)));
    }

    /**
     * Asserts that {@code share} is {@code truth} within {@link #tolerance}; says the figures on
     * standard error, and {@code detail} too when it fails.
     */
    static void assertShare(String what, double truth, double share, long samples, double floor, String detail) {
        assertTrue(samples >= MIN_SAMPLES, what + ": too few samples to read a split from: " + samples + "\n" + detail);
        double tolerance = tolerance(truth, samples, floor);
        String said = String.format(Locale.ROOT, "%s: %.3f from %d samples; planted %.2f, allowed ±%.3f", what, share,
                samples, truth, tolerance);
        System.err.println(said);
        assertTrue(Math.abs(share - truth) <= tolerance, said + "\n" + detail);
    }
}
