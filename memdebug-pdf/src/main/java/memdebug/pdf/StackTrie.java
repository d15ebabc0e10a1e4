package memdebug.pdf;

import memdebug.spi.FrameColors;
import memdebug.spi.FrameKind;
import memdebug.spi.StackIndex;

/**
 * The flame graph's trie over a {@link StackIndex}, whose stacks are sorted root first by function
 * name. Every trie node is a run of consecutive stacks sharing a prefix of function names, so the
 * node for function {@code f} at depth {@code d} under a run is the sub-run whose function
 * {@code d} is {@code f}; its weight is a difference of prefix sums. Frames of one name merge
 * whatever their kind or line (one box per method), children come out in name order, and memory
 * stays proportional to the input even for 100,000 distinct stacks 64 frames deep (a pointer trie
 * of those would hold millions of nodes).
 */
final class StackTrie {

    private static final int KINDS = FrameKind.values().length;

    private final StackIndex index;
    private final long[] prefixWeight;
    private final int[] commonPrefix;

    private StackTrie(StackIndex index) {
        this.index = index;
        int size = index.size();
        this.prefixWeight = new long[size + 1];
        this.commonPrefix = new int[size];
        for (int i = 0; i < size; i++) {
            prefixWeight[i + 1] = prefixWeight[i] + index.value(i);
            commonPrefix[i] = i == 0 ? 0 : sharedNames(index, i - 1, i);
        }
    }

    /** The trie of {@code index}'s stacks. */
    static StackTrie of(StackIndex index) {
        return new StackTrie(index);
    }

    /** The weight of the whole profile: the root's width. */
    long total() {
        return index.total();
    }

    /** How many stacks the trie holds. */
    int size() {
        return index.size();
    }

    /** The number of frames of the deepest stack. */
    int maxDepth() {
        return index.maxDepth();
    }

    /** The number of frames of stack {@code i}. */
    int depth(int i) {
        return index.depth(i);
    }

    /** The function id at depth {@code d} (0 = outermost caller) of stack {@code i}. */
    int frameAt(int i, int d) {
        return index.function(i, d);
    }

    /** How many leading function names stack {@code i} shares with stack {@code i - 1}; 0 for the first. */
    int commonPrefix(int i) {
        return commonPrefix[i];
    }

    /** The summed weight of stacks {@code from} (inclusive) to {@code to} (exclusive). */
    long weight(int from, int to) {
        return prefixWeight[to] - prefixWeight[from];
    }

    /** The name of function {@code id}. */
    String name(int id) {
        return index.name(id);
    }

    /**
     * The kind the node of stacks [from, to) at depth {@code d} is drawn as: the kind of its frames
     * that carries the most weight.
     */
    FrameKind dominantKind(int from, int to, int d) {
        long[] byKind = new long[KINDS];
        for (int i = from; i < to; i++) {
            byKind[index.frameKind(i, d).ordinal()] += index.value(i);
        }
        return FrameColors.dominant(byKind);
    }

    private static int sharedNames(StackIndex index, int a, int b) {
        int common = Math.min(index.depth(a), index.depth(b));
        for (int d = 0; d < common; d++) {
            if (index.function(a, d) != index.function(b, d)) {
                return d;
            }
        }
        return common;
    }
}
