package memdebug.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import memdebug.spi.Frame;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/**
 * The functions of a profile ranked like {@code pprof -top}: by flat weight, then cum, then name.
 * A function is a frame name, whatever its kinds.
 *
 * @param rows      the first rows, at most as many as asked for
 * @param total     weight of the whole profile, the 100% of every percentage
 * @param functions how many functions the profile has; {@code functions - rows.size()} were dropped
 */
record TopTable(List<TopRow> rows, long total, int functions) {

    /** Copies the rows. */
    TopTable {
        rows = List.copyOf(rows);
    }

    /**
     * Ranks the functions of {@code profile}.
     *
     * @param basis   what a stack weighs
     * @param maxRows how many rows to keep; the rest are counted in {@link #dropped()}
     */
    static TopTable of(StackProfile profile, WeightBasis basis, int maxRows) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        long[] flat = new long[16];
        long[] cum = new long[16];
        int[] lastStack = new int[16];
        long total = 0;
        int stackNo = 0;
        for (StackSample sample : profile.stacks()) {
            long weight = basis.of(sample);
            total += weight;
            stackNo++;
            if (weight == 0 || sample.frames().isEmpty()) {
                continue;
            }
            int id = -1;
            for (Frame frame : sample.frames()) {
                id = ids.computeIfAbsent(frame.name(), name -> {
                    names.add(name);
                    return names.size() - 1;
                });
                if (id >= cum.length) {
                    int size = Math.max(id + 1, cum.length * 2);
                    flat = Arrays.copyOf(flat, size);
                    cum = Arrays.copyOf(cum, size);
                    lastStack = Arrays.copyOf(lastStack, size);
                }
                // Recursion: a function counts once per stack, however often it appears in it.
                if (lastStack[id] != stackNo) {
                    lastStack[id] = stackNo;
                    cum[id] += weight;
                }
            }
            flat[id] += weight;
        }
        List<TopRow> ranked = new ArrayList<>(names.size());
        for (int id = 0; id < names.size(); id++) {
            ranked.add(new TopRow(names.get(id), flat[id], cum[id], 0));
        }
        ranked.sort(Comparator.comparingLong(TopRow::flat).reversed()
                .thenComparing(Comparator.comparingLong(TopRow::cum).reversed())
                .thenComparing(TopRow::function));
        List<TopRow> rows = new ArrayList<>();
        long sum = 0;
        for (TopRow row : ranked.subList(0, Math.min(Math.max(maxRows, 0), ranked.size()))) {
            sum += row.flat();
            rows.add(new TopRow(row.function(), row.flat(), row.cum(), sum));
        }
        return new TopTable(rows, total, names.size());
    }

    /** How many functions are not in {@link #rows()}. */
    int dropped() {
        return functions - rows.size();
    }

    /** The flat weight of the rows shown: what "Showing nodes accounting for" counts. */
    long shownFlat() {
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).sum();
    }

    /** The smallest non-zero flat value shown, or 0: with {@link #largestCum()} it picks the report's unit. */
    long smallestFlat() {
        long smallest = 0;
        for (TopRow row : rows) {
            if (row.flat() > 0 && (smallest == 0 || row.flat() < smallest)) {
                smallest = row.flat();
            }
        }
        return smallest;
    }

    /** The largest cum value shown, or the total when no row is shown. */
    long largestCum() {
        long largest = rows.isEmpty() ? total : 0;
        for (TopRow row : rows) {
            largest = Math.max(largest, row.cum());
        }
        return largest;
    }
}
