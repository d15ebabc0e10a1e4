package memdebug.pdf;

import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/**
 * What a report measures a stack by: the CPU time its samples stand for, or, when a backend
 * recorded no CPU time at all, the plain number of samples.
 */
enum WeightBasis {
    /** Widths and table values are weights in the kind's unit ({@link StackSample#weight()}). */
    WEIGHT,
    /** Widths and table values are sample counts ({@link StackSample#samples()}). */
    SAMPLES;

    /** CPU time when the profile has any; sample counts when it has samples but zero weight. */
    static WeightBasis of(StackProfile profile) {
        return profile.totalWeight() == 0 && profile.totalSamples() > 0 ? SAMPLES : WEIGHT;
    }

    /** The weight of one stack on this basis. */
    long of(StackSample sample) {
        return this == WEIGHT ? sample.weight() : sample.samples();
    }
}
