package memdebug.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The functions of a profile ranked like {@code pprof -top}: by flat weight, then cum, then name.
 * A function is a frame name, whatever its kinds. Computed from the {@link StackTrie}, whose
 * interned stacks make it a pass over int arrays.
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
     * Ranks the functions of the stacks in {@code trie}.
     *
     * @param maxRows how many rows to keep; the rest are counted in {@link #dropped()}
     */
    static TopTable of(StackTrie trie, int maxRows) {
        // Frame ids are ordered by name, so the kinds of one function are neighbours.
        int frames = trie.frameCount();
        int[] function = new int[frames];
        List<String> names = new ArrayList<>();
        for (int id = 0; id < frames; id++) {
            if (id == 0 || !trie.name(id).equals(trie.name(id - 1))) {
                names.add(trie.name(id));
            }
            function[id] = names.size() - 1;
        }
        long[] flat = new long[names.size()];
        long[] cum = new long[names.size()];
        int[] lastStack = new int[names.size()];
        Arrays.fill(lastStack, -1);
        for (int i = 0; i < trie.size(); i++) {
            long weight = trie.weight(i, i + 1);
            int depth = trie.depth(i);
            for (int d = 0; d < depth; d++) {
                int f = function[trie.frameAt(i, d)];
                // Recursion: a function counts once per stack, however often it appears in it.
                if (lastStack[f] != i) {
                    lastStack[f] = i;
                    cum[f] += weight;
                }
            }
            flat[function[trie.frameAt(i, depth - 1)]] += weight;
        }
        List<TopRow> ranked = new ArrayList<>(names.size());
        for (int f = 0; f < names.size(); f++) {
            ranked.add(new TopRow(names.get(f), flat[f], cum[f], 0));
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
        return new TopTable(rows, trie.total(), names.size());
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
