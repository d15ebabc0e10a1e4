package memdebug.spi;

import java.util.List;
import java.util.Objects;

/**
 * The samples of one kind over one interval: what a {@link ReportProvider} draws.
 *
 * @param kind   what the weights measure; never null
 * @param info   what the profile covers; never null
 * @param stacks distinct stacks with their counts; copied, never null
 */
public record StackProfile(ProfileKind kind, ProfileInfo info, List<StackSample> stacks) {

    /** Copies the stacks; null becomes empty; a null kind or info is refused. */
    public StackProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(info, "info");
        stacks = stacks == null ? List.of() : List.copyOf(stacks);
    }

    /** The sum of all stacks' sample counts, saturating at {@link Long#MAX_VALUE}. */
    public long totalSamples() {
        long total = 0;
        for (StackSample s : stacks) {
            total = saturatedAdd(total, s.samples());
        }
        return total;
    }

    /** The sum of all stacks' weights in the kind's unit, saturating at {@link Long#MAX_VALUE}. */
    public long totalWeight() {
        long total = 0;
        for (StackSample s : stacks) {
            total = saturatedAdd(total, s.weight());
        }
        return total;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
