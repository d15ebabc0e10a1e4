package memdebug.html;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import memdebug.spi.FrameColors;
import memdebug.spi.FrameKind;

/**
 * The stacks of one view of the flame graph (callees: root first; callers: top frame first) as the
 * converter gets them: one box per function under each caller, each frame carrying the dominant
 * kind of its box ({@link FrameColors#dominant}, as the PDF colors a box of mixed kinds), and each
 * stack cut where its box would be narrower than the smallest share
 * kept, so the page and the memory it takes to make it stay bounded however many stacks a session
 * collected: at most 1 / {@code minShare} boxes a level.
 *
 * <p>Works on the stacks sorted by their path, so a box is a run of neighbours: memory is a few
 * bytes a frame and no object a box.
 */
final class ViewStacks {

    private static final FrameKind[] KINDS = FrameKind.values();

    private final int[] keep;
    private final byte[][] kinds;
    private final int prunedBoxes;

    private ViewStacks(int[] keep, byte[][] kinds, int prunedBoxes) {
        this.keep = keep;
        this.kinds = kinds;
        this.prunedBoxes = prunedBoxes;
    }

    /**
     * Lays out {@code stacks} for one view.
     *
     * @param callers  true for the callers view: boxes are built from the top frame down
     * @param minShare boxes narrower than this share of the total are left out with all they hold
     */
    static ViewStacks of(List<ConverterRun.Stack> stacks, boolean callers, double minShare) {
        int n = stacks.size();
        Map<String, Integer> ids = new HashMap<>();
        int[][] paths = new int[n][];
        long total = 0;
        for (int s = 0; s < n; s++) {
            List<String> names = stacks.get(s).names();
            int[] path = new int[names.size()];
            for (int d = 0; d < path.length; d++) {
                path[d] = ids.computeIfAbsent(names.get(at(d, path.length, callers)), k -> ids.size());
            }
            paths[s] = path;
            total = saturatedAdd(total, stacks.get(s).value());
        }
        double min = total * minShare;
        Integer[] order = new Integer[n];
        for (int s = 0; s < n; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> Arrays.compare(paths[a], paths[b]));

        int[] keep = new int[n];
        byte[][] kinds = new byte[n][];
        for (int s = 0; s < n; s++) {
            keep[s] = paths[s].length;
            kinds[s] = new byte[paths[s].length];
        }
        int deepest = 0;
        for (int[] p : paths) {
            deepest = Math.max(deepest, p.length);
        }
        int[] start = new int[deepest];
        long[] weight = new long[deepest];
        long[][] byKind = new long[deepest][KINDS.length];
        int pruned = 0;
        int open = 0;
        for (int i = 0; i <= n; i++) {
            int common = i == 0 || i == n ? 0 : Arrays.mismatch(paths[order[i - 1]], paths[order[i]]);
            if (common < 0) {
                common = paths[order[i]].length;
            }
            // Close the boxes of the previous stack below the shared part: each is the run start[d] .. i - 1.
            for (int d = open - 1; d >= common; d--) {
                boolean kept = weight[d] >= min;
                if (!kept) {
                    pruned++;
                }
                byte kind = (byte) FrameColors.dominant(byKind[d]).ordinal();
                for (int j = start[d]; j < i; j++) {
                    int s = order[j];
                    kinds[s][at(d, paths[s].length, callers)] = kind;
                    if (!kept) {
                        keep[s] = Math.min(keep[s], d);
                    }
                }
            }
            if (i == n) {
                break;
            }
            int s = order[i];
            int length = paths[s].length;
            for (int d = common; d < length; d++) {
                start[d] = i;
                weight[d] = 0;
                Arrays.fill(byKind[d], 0);
            }
            open = length;
            ConverterRun.Stack stack = stacks.get(s);
            for (int d = 0; d < length; d++) {
                weight[d] = saturatedAdd(weight[d], stack.value());
                int k = stack.kinds().get(at(d, length, callers)).ordinal();
                byKind[d][k] = saturatedAdd(byKind[d][k], stack.value());
            }
        }
        return new ViewStacks(keep, kinds, pruned);
    }

    /** How many frames of stack {@code s} the view keeps: from the root (callees) or from the top (callers). */
    int keep(int s) {
        return keep[s];
    }

    /** The dominant kind of the box frame {@code i} (root first, as in the stack) of stack {@code s} is in. */
    FrameKind kind(int s, int i) {
        return KINDS[kinds[s][i]];
    }

    /** How many boxes the view leaves out for being too narrow. */
    int prunedBoxes() {
        return prunedBoxes;
    }

    /** The index in a root-first stack of length {@code length} of the frame at depth {@code d} of the view. */
    private static int at(int d, int length, boolean callers) {
        return callers ? length - 1 - d : d;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
