package memdebug.examples;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import memdebug.spi.Frame;
import memdebug.spi.StackSample;

/**
 * The rows {@code go tool pprof -top} shows for a set of stacks, computed by pprof's rules (its
 * default granularity, functions): a function is a frame name; flat is the weight of the stacks it
 * is the leaf of, cum of the stacks it is in (once per stack, however often it recurs); functions
 * whose cum is below 0.5% of the total ({@code nodefraction}) are dropped; sorted by flat
 * (descending), then name, then cum (descending).
 */
final class PprofRules {

    static final double NODE_FRACTION = 0.005;

    private PprofRules() {
    }

    static List<TopRow> top(List<StackSample> stacks) {
        Map<String, long[]> byName = new LinkedHashMap<>();
        long total = 0;
        for (StackSample s : stacks) {
            if (s.frames().isEmpty()) {
                continue; // pprof's total counts the flat of nodes: a sample without frames has none
            }
            total += s.weight();
            Set<String> seen = new HashSet<>();
            for (Frame f : s.frames()) {
                long[] v = byName.computeIfAbsent(f.name(), n -> new long[2]);
                if (seen.add(f.name())) {
                    v[1] += s.weight();
                }
            }
            byName.get(s.leaf().name())[0] += s.weight();
        }
        long cutoff = (long) (total * NODE_FRACTION);
        List<TopRow> rows = new ArrayList<>();
        byName.forEach((name, v) -> {
            if (v[1] >= cutoff) {
                rows.add(new TopRow(name, v[0], v[1]));
            }
        });
        // Go compares names as UTF-8 bytes.
        Comparator<String> utf8 = (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
        rows.sort(Comparator.comparingLong(TopRow::flat).reversed().thenComparing(TopRow::function, utf8)
                .thenComparing(Comparator.comparingLong(TopRow::cum).reversed()));
        return rows;
    }
}
