package memdebug.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The functions of a profile as {@code go tool pprof -top} (or {@code -top -cum}) lists them, with
 * pprof's rules, so that a report's table and pprof's agree row for row:
 * <ul>
 * <li>a function is a frame name ({@link StackIndex}); {@code flat} is the value of the stacks
 *     whose top frame it is, {@code cum} the value of the stacks that contain it, each stack
 *     counted once however often the function recurs in it;</li>
 * <li>functions whose cum is below {@link #NODE_FRACTION} of the profile (pprof's default
 *     {@code -nodefraction}) are dropped, so a caller with no flat value but a large cum stays;</li>
 * <li>rows are sorted by flat (or cum), then by name;</li>
 * <li>{@code sum} runs over the flat values of the rows in table order;</li>
 * <li>every value is printed in one unit, picked by {@link ValueFormat#of} from the smallest row
 *     value and the total;</li>
 * <li>the header says what is shown and what was dropped in pprof's words.</li>
 * </ul>
 * Immutable.
 */
public final class TopTable {

    /** The share of the total below which a function's cum drops it: pprof's default {@code -nodefraction=0.005}. */
    public static final double NODE_FRACTION = 0.005;

    /** How rows are sorted. */
    public enum Order {
        /** By flat, then by name: {@code pprof -top}. */
        FLAT,
        /** By cum, then by name: {@code pprof -top -cum}. */
        CUM
    }

    /**
     * One function in the table.
     *
     * @param function the function's name
     * @param flat     the value of the stacks whose top frame is this function
     * @param cum      the value of the stacks that contain it, each stack counted once
     * @param sum      the running total of {@code flat} over this row and the rows above it
     */
    public record Row(String function, long flat, long cum, long sum) {
    }

    private final Order order;
    private final List<Row> rows;
    private final long total;
    private final int droppedNodes;
    private final int keptNodes;
    private final int maxRows;
    private final ValueFormat values;

    private TopTable(Order order, List<Row> rows, long total, int droppedNodes, int keptNodes, int maxRows,
                     ValueFormat values) {
        this.order = order;
        this.rows = List.copyOf(rows);
        this.total = total;
        this.droppedNodes = droppedNodes;
        this.keptNodes = keptNodes;
        this.maxRows = maxRows;
        this.values = values;
    }

    /**
     * Ranks the functions of {@code index}.
     *
     * @param order   how to sort; null means {@link Order#FLAT}
     * @param maxRows the most rows to keep, like pprof's {@code -nodecount}; 0 or less keeps every
     *                function above the cut, as {@code -top} does
     * @throws NullPointerException when {@code index} is null
     */
    public static TopTable of(StackIndex index, Order order, int maxRows) {
        Objects.requireNonNull(index, "index");
        Order sort = Objects.requireNonNullElse(order, Order.FLAT);
        int functions = index.functions();
        long[] flat = new long[functions];
        long[] cum = new long[functions];
        int[] lastStack = new int[functions];
        Arrays.fill(lastStack, -1);
        long flatTotal = 0;
        for (int s = 0; s < index.size(); s++) {
            long value = index.value(s);
            int depth = index.depth(s);
            for (int d = 0; d < depth; d++) {
                int f = index.function(s, d);
                // Recursion: a function counts once per stack, however often it appears in it.
                if (lastStack[f] != s) {
                    lastStack[f] = s;
                    cum[f] = saturatedAdd(cum[f], value);
                }
            }
            int leaf = index.function(s, depth - 1);
            flat[leaf] = saturatedAdd(flat[leaf], value);
            flatTotal = saturatedAdd(flatTotal, value);
        }

        // pprof cuts at the sum of the nodes' flat values (stacks without frames do not count there),
        // truncated as Go converts float64 to int64.
        long cutoff = (long) (flatTotal * NODE_FRACTION);
        List<Integer> kept = new ArrayList<>(functions);
        int nodes = 0;
        for (int f = 0; f < functions; f++) {
            if (flat[f] == 0 && cum[f] == 0) {
                continue;
            }
            nodes++;
            if (cum[f] >= cutoff) {
                kept.add(f);
            }
        }
        // Ids are in name order, so the id breaks ties by name.
        kept.sort((a, b) -> {
            int byValue = sort == Order.FLAT ? Long.compare(flat[b], flat[a]) : Long.compare(cum[b], cum[a]);
            return byValue != 0 ? byValue : Integer.compare(a, b);
        });
        int shown = maxRows > 0 ? Math.min(maxRows, kept.size()) : kept.size();
        List<Row> rows = new ArrayList<>(shown);
        long sum = 0;
        long smallest = 0;
        for (int f : kept.subList(0, shown)) {
            sum = saturatedAdd(sum, flat[f]);
            rows.add(new Row(index.name(f), flat[f], cum[f], sum));
            long rowMin = flat[f] != 0 ? flat[f] : cum[f];
            if (rowMin > 0 && (smallest == 0 || rowMin < smallest)) {
                smallest = rowMin;
            }
        }
        return new TopTable(sort, rows, index.total(), nodes - kept.size(), kept.size(), Math.max(0, maxRows),
                ValueFormat.of(index.unit(), smallest, index.total()));
    }

    /** How the rows are sorted. */
    public Order order() {
        return order;
    }

    /** The rows, in table order. */
    public List<Row> rows() {
        return rows;
    }

    /** The value of the whole profile: the 100% of every share. */
    public long total() {
        return total;
    }

    /** How many functions were dropped for a cum below {@link #NODE_FRACTION} of the total. */
    public int droppedNodes() {
        return droppedNodes;
    }

    /** How many functions passed that cut; more than {@code rows().size()} when {@code maxRows} cut the table short. */
    public int keptNodes() {
        return keptNodes;
    }

    /** The format of every value in the table (and of the total in a legend, as pprof prints it). */
    public ValueFormat values() {
        return values;
    }

    /** The sum of the flat values of the rows: what "Showing nodes accounting for" counts. */
    public long shownFlat() {
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).sum();
    }

    /**
     * The lines pprof prints above the table, in its words: "Showing nodes accounting for X, Y% of
     * Z total", then, when they apply, "Dropped N nodes (cum &lt;= W)" and "Showing top N nodes out of M".
     */
    public List<String> header() {
        List<String> lines = new ArrayList<>();
        lines.add("Showing nodes accounting for " + values.format(shownFlat()) + ", "
                + ValueFormat.percent(shownFlat(), total) + " of " + values.format(total) + " total");
        if (total != 0) {
            if (droppedNodes > 0) {
                // pprof states the cut on the total, stacks without frames included.
                lines.add("Dropped " + droppedNodes + (droppedNodes == 1 ? " node" : " nodes") + " (cum <= "
                        + values.format((long) (total * NODE_FRACTION)) + ")");
            }
            if (maxRows > 0 && maxRows < keptNodes) {
                lines.add("Showing top " + maxRows + " nodes out of " + keptNodes);
            }
        }
        return lines;
    }

    /** The cells of {@code row} as pprof prints them, unpadded: flat, flat%, sum%, cum, cum%, function. */
    public List<String> cells(Row row) {
        return List.of(values.format(row.flat()), ValueFormat.percent(row.flat(), total),
                ValueFormat.percent(row.sum(), total), values.format(row.cum()), ValueFormat.percent(row.cum(), total),
                row.function());
    }

    /**
     * The table as {@code go tool pprof -top} prints it below its profile labels, character for
     * character: the {@link #header()}, the column headings, then one line per row.
     */
    public List<String> text() {
        List<String> lines = new ArrayList<>(header());
        lines.add(String.format("%10s %5s%% %5s%% %10s %5s%%", "flat", "flat", "sum", "cum", "cum"));
        for (Row row : rows) {
            lines.add(String.format("%10s %s %s %10s %s  %s", values.format(row.flat()),
                    ValueFormat.paddedPercent(row.flat(), total), ValueFormat.paddedPercent(row.sum(), total),
                    values.format(row.cum()), ValueFormat.paddedPercent(row.cum(), total), row.function()));
        }
        return lines;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
