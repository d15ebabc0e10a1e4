package memdebug.html;

import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;
import memdebug.spi.ValueUnit;

/**
 * What the flame graph's widths measure: the stacks' weights in the kind's unit, or, when a backend
 * recorded samples but no weight at all, the plain number of samples (as the PDF does).
 *
 * @param unit          the unit of the widths ({@link ValueUnit#COUNT} for sample counts)
 * @param countsSamples true when the widths are sample counts because the profile has no weight
 * @param total         the widths of all stacks together, saturating at {@link Long#MAX_VALUE}
 */
record Values(ValueUnit unit, boolean countsSamples, long total) {

    /** The basis of {@code profile}. */
    static Values of(StackProfile profile) {
        boolean counts = profile.totalWeight() == 0 && profile.totalSamples() > 0;
        return new Values(counts ? ValueUnit.COUNT : profile.kind().unit(), counts,
                counts ? profile.totalSamples() : profile.totalWeight());
    }

    /** The width of one stack. */
    long of(StackSample sample) {
        return countsSamples ? sample.samples() : sample.weight();
    }
}
