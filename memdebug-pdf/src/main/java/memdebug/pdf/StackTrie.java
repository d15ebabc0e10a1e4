package memdebug.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.StackSample;

/**
 * The trie of a profile's call stacks, kept as its stacks sorted root first. Every trie node is a
 * run of consecutive stacks sharing a prefix, so the node for frame {@code f} at depth {@code d}
 * under a run is the sub-run whose frame {@code d} is {@code f}; its total weight is a difference
 * of prefix sums. Stacks that share a path merge, children come out in frame-name order, and
 * memory stays proportional to the input even for 100,000 distinct stacks 64 frames deep (a
 * pointer trie of those would hold millions of nodes).
 *
 * <p>Frames are interned to ids ordered by name, then kind, so comparing ids orders by name.
 */
final class StackTrie {

    private final Frame[] frames;
    private final int[][] stacks;
    private final long[] prefixWeight;
    private final int[] commonPrefix;
    private final long total;
    private final int maxDepth;

    private StackTrie(Frame[] frames, int[][] stacks, long[] weights, long total) {
        this.frames = frames;
        this.stacks = stacks;
        this.total = total;
        this.prefixWeight = new long[stacks.length + 1];
        this.commonPrefix = new int[stacks.length];
        int deepest = 0;
        for (int i = 0; i < stacks.length; i++) {
            prefixWeight[i + 1] = prefixWeight[i] + weights[i];
            commonPrefix[i] = i == 0 ? 0 : Arrays.mismatch(stacks[i - 1], stacks[i]);
            if (commonPrefix[i] < 0) {
                commonPrefix[i] = stacks[i].length; // equal stacks
            }
            deepest = Math.max(deepest, stacks[i].length);
        }
        this.maxDepth = deepest;
    }

    /**
     * Builds the trie. Stacks that weigh nothing are left out; {@link #total()} still counts stacks
     * without frames, whose weight belongs to the root alone.
     */
    static StackTrie of(List<StackSample> samples, WeightBasis basis) {
        Map<Frame, Integer> firstSeen = new HashMap<>();
        List<Frame> byFirstSeen = new ArrayList<>();
        List<int[]> raw = new ArrayList<>();
        List<Long> rawWeights = new ArrayList<>();
        long total = 0;
        for (StackSample sample : samples) {
            long weight = basis.of(sample);
            total += weight;
            if (weight == 0 || sample.frames().isEmpty()) {
                continue;
            }
            int[] stack = new int[sample.frames().size()];
            int depth = 0;
            for (Frame frame : sample.frames()) {
                stack[depth++] = firstSeen.computeIfAbsent(frame, f -> {
                    byFirstSeen.add(f);
                    return byFirstSeen.size() - 1;
                });
            }
            raw.add(stack);
            rawWeights.add(weight);
        }

        // Renumber frames so that id order is name order, then kind order.
        Frame[] sorted = byFirstSeen.toArray(new Frame[0]);
        Arrays.sort(sorted, Comparator.comparing(Frame::name).thenComparing(Frame::kind));
        int[] rank = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            rank[firstSeen.get(sorted[i])] = i;
        }
        Integer[] order = new Integer[raw.size()];
        for (int i = 0; i < order.length; i++) {
            int[] stack = raw.get(i);
            for (int d = 0; d < stack.length; d++) {
                stack[d] = rank[stack[d]];
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Arrays.compare(raw.get(a), raw.get(b)));
        int[][] stacks = new int[order.length][];
        long[] weights = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            stacks[i] = raw.get(order[i]);
            weights[i] = rawWeights.get(order[i]);
        }
        return new StackTrie(sorted, stacks, weights, total);
    }

    /** The weight of the whole profile: the root's width. */
    long total() {
        return total;
    }

    /** How many stacks the trie holds (stacks that weigh something and have frames). */
    int size() {
        return stacks.length;
    }

    /** How many distinct frames (name and kind) there are; ids run from 0 to this, exclusive. */
    int frameCount() {
        return frames.length;
    }

    /** The number of frames of the deepest stack. */
    int maxDepth() {
        return maxDepth;
    }

    /** The number of frames of stack {@code i}. */
    int depth(int i) {
        return stacks[i].length;
    }

    /** The frame id at depth {@code d} (0 = outermost caller) of stack {@code i}. */
    int frameAt(int i, int d) {
        return stacks[i][d];
    }

    /** How many leading frames stack {@code i} shares with stack {@code i - 1}; 0 for the first. */
    int commonPrefix(int i) {
        return commonPrefix[i];
    }

    /** The summed weight of stacks {@code from} (inclusive) to {@code to} (exclusive). */
    long weight(int from, int to) {
        return prefixWeight[to] - prefixWeight[from];
    }

    /** The function name of frame id {@code id}. */
    String name(int id) {
        return frames[id].name();
    }

    /** The kind of frame id {@code id}. */
    FrameKind kind(int id) {
        return frames[id].kind();
    }
}
