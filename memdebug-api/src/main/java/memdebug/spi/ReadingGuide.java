package memdebug.spi;

import java.util.List;
import java.util.Objects;

/**
 * The sentences that tell a reader who never read pprof's guide how to read a report: the flame
 * graph, the top tables' titles and columns. Worded from the profile's kind
 * ({@link StackIndex#measure()}, {@link ProfileKind#leafRole()}), so every report provider says
 * the same and a new kind needs no edit. Paragraphs are not broken into lines: a report wraps them
 * to its width.
 */
public final class ReadingGuide {

    private ReadingGuide() {
    }

    /**
     * How to read the flame graph, for example (CPU): "How to read the flame graph: each box is a
     * function, and its width is its share of the CPU time. …".
     *
     * @throws NullPointerException when {@code index} is null
     */
    public static String flameGraph(StackIndex index) {
        Objects.requireNonNull(index, "index");
        return "How to read the flame graph: each box is a function, and its width is its share of the "
                + index.measure() + ". A box stands on the function that called it; the bottom bar is all threads"
                + " together. The top frame of each stack is " + index.kind().leafRole() + ": wide tops weigh the"
                + " most. A function run in several ways (interpreted, compiled, inlined) is one box, colored by the"
                + " way that weighs most. The pages after this one list the functions by flat and by cum, as"
                + " pprof -top does.";
    }

    /**
     * The title of a top table, for example "Top functions by own allocated bytes (flat), as pprof -top".
     *
     * @param order null means {@link TopTable.Order#FLAT}
     * @throws NullPointerException when {@code index} is null
     */
    public static String tableTitle(StackIndex index, TopTable.Order order) {
        Objects.requireNonNull(index, "index");
        return order == TopTable.Order.CUM
                ? "Top functions by " + index.measure() + " with callees (cum), as pprof -top -cum"
                : "Top functions by own " + index.measure() + " (flat), as pprof -top";
    }

    /**
     * What the columns of a top table mean and how it is sorted, as paragraphs.
     *
     * @param order null means {@link TopTable.Order#FLAT}
     * @throws NullPointerException when {@code index} is null
     */
    public static List<String> tableColumns(StackIndex index, TopTable.Order order) {
        Objects.requireNonNull(index, "index");
        String measure = index.measure();
        return List.of(
                "flat: " + measure + " of the samples whose top frame is the function (" + index.kind().leafRole()
                        + "). cum: " + measure + " of the samples that contain the function anywhere; a recursive"
                        + " function counts once per sample.",
                "flat% and cum%: shares of the total. sum%: flat% of this row and all rows above. Functions whose"
                        + " cum is below " + percent(TopTable.NODE_FRACTION) + " of the total are dropped, as pprof"
                        + " drops them. Sorted by " + (order == TopTable.Order.CUM ? "cum" : "flat") + ", then name.");
    }

    private static String percent(double fraction) {
        String s = Double.toString(fraction * 100);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
    }
}
