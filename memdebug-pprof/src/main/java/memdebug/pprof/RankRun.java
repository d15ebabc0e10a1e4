package memdebug.pprof;

import java.util.Arrays;

/** A run of frame ranks, root first, as a map key: a location with inlined frames. */
final class RankRun {

    private final int[] ranks;
    private final int hash;

    RankRun(int[] stack, int from, int to) {
        this.ranks = Arrays.copyOfRange(stack, from, to);
        this.hash = Arrays.hashCode(ranks);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankRun r && hash == r.hash && Arrays.equals(ranks, r.ranks);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
