package memdebug.pprof;

import memdebug.spi.ProfileKind;

/**
 * The pprof names of a profile kind's values: the type of each sample's weight (its unit is the
 * kind's) and the type of the sampling period. Every sample also carries its sample count as
 * {@code samples/count}, before the weight, as Go's own CPU profiles do.
 *
 * <p>CPU: {@code cpu/nanoseconds} with period type {@code cpu}, as in Go's CPU profiles, so that
 * pprof says {@code Type: cpu} and Pyroscope files it as CPU time. Allocations:
 * {@code alloc_space/bytes} with period type {@code space}, the names of Go's heap profile, which
 * pprof's {@code -alloc_space} and Pyroscope's memory views know. Any other kind: its id.
 *
 * @param weightType the sample type of the weight, also the profile's default sample type
 * @param periodType the type of {@code period_type}
 */
record KindTypes(String weightType, String periodType) {

    /** The sample type of every profile's first value: how many samples a stack got. */
    static final String SAMPLES = "samples";

    /** The unit of the sample count. */
    static final String COUNT = "count";

    static KindTypes of(ProfileKind kind) {
        if (ProfileKind.CPU.equals(kind)) {
            return new KindTypes("cpu", "cpu");
        }
        if (ProfileKind.ALLOC.equals(kind)) {
            return new KindTypes("alloc_space", "space");
        }
        return new KindTypes(kind.id(), kind.id());
    }
}
