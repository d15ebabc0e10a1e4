package memdebug.spi;

import java.util.List;
import java.util.Objects;

/**
 * CPU samples over one interval: what a {@link ReportProvider} draws.
 *
 * @param info   what the profile covers; never null
 * @param stacks distinct stacks with their counts; copied, never null
 */
public record StackProfile(ProfileInfo info, List<StackSample> stacks) {

    /** Copies the stacks; null becomes empty; a null info is refused. */
    public StackProfile {
        Objects.requireNonNull(info, "info");
        stacks = stacks == null ? List.of() : List.copyOf(stacks);
    }

    /** The sum of all stacks' sample counts. */
    public long totalSamples() {
        long total = 0;
        for (StackSample s : stacks) {
            total += s.samples();
        }
        return total;
    }

    /** The sum of all stacks' weights, in nanoseconds. */
    public long totalWeightNanos() {
        long total = 0;
        for (StackSample s : stacks) {
            total += s.weightNanos();
        }
        return total;
    }
}
