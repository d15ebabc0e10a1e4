package memdebug.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the boxes of a flame graph go, in weight units: one box per function name on each path,
 * colored by the kind of its frames that weighs most. Children sit on their parent from its left
 * edge in name order; the parent's self weight is the free space to their right. A box
 * lighter than {@code minWeight} is pruned with everything above it, and nothing at or above
 * {@code depthLimit} is laid out; both are counted so the legend can say what is missing.
 *
 * @param boxes          the boxes, each parent before its children
 * @param total          the root's weight
 * @param minWeight      the lightest weight a box may have
 * @param depthLimit     how many levels could be laid out
 * @param depth          how many levels hold boxes
 * @param prunedFrames   trie nodes left out for being lighter than {@code minWeight}
 * @param truncatedFrames trie nodes left out for being at or above {@code depthLimit}
 * @param deepestStack   the number of frames of the deepest stack
 */
record FlameLayout(List<FlameBox> boxes, long total, double minWeight, int depthLimit, int depth,
                   long prunedFrames, long truncatedFrames, int deepestStack) {

    /** Copies the boxes. */
    FlameLayout {
        boxes = List.copyOf(boxes);
    }

    /**
     * Lays out {@code trie}.
     *
     * @param minWeight  boxes lighter than this are pruned
     * @param depthLimit levels from this depth on are not laid out; at least 1
     */
    static FlameLayout of(StackTrie trie, double minWeight, int depthLimit) {
        int limit = Math.max(1, depthLimit);
        List<FlameBox> boxes = new ArrayList<>();
        long pruned = 0;
        long truncated = 0;
        int depth = 0;
        // A pending run: stacks [from, to) whose frames below `level` are already boxes, the
        // run starting at weight offset x. An explicit stack keeps deep graphs off the call stack.
        Deque<long[]> pending = new ArrayDeque<>();
        pending.push(new long[] {0, trie.size(), 0, 0});
        while (!pending.isEmpty()) {
            long[] run = pending.pop();
            int from = (int) run[0];
            int to = (int) run[1];
            int level = (int) run[2];
            long x = run[3];
            int i = from;
            // Stacks ending below `level` sort first within a run: they are the parent's self weight.
            while (i < to && trie.depth(i) <= level) {
                i++;
            }
            List<long[]> children = new ArrayList<>();
            while (i < to) {
                int frame = trie.frameAt(i, level);
                int j = i + 1;
                while (j < to && trie.frameAt(j, level) == frame) {
                    j++;
                }
                long weight = trie.weight(i, j);
                if (weight < minWeight) {
                    pruned += nodesFrom(trie, i, j, level);
                } else if (level >= limit) {
                    truncated += nodesFrom(trie, i, j, level);
                } else {
                    boxes.add(new FlameBox(frame, trie.dominantKind(i, j, level), level, x, weight));
                    depth = Math.max(depth, level + 1);
                    children.add(new long[] {i, j, level + 1, x});
                }
                x += weight;
                i = j;
            }
            // Push in reverse so that runs are laid out left to right, parents before children.
            for (int c = children.size() - 1; c >= 0; c--) {
                pending.push(children.get(c));
            }
        }
        return new FlameLayout(boxes, trie.total(), minWeight, limit, depth, pruned, truncated, trie.maxDepth());
    }

    /** The number of trie nodes at depth {@code level} and above in the run [from, to). */
    private static long nodesFrom(StackTrie trie, int from, int to, int level) {
        long nodes = trie.depth(from) - level;
        for (int i = from + 1; i < to; i++) {
            // Each stack adds the frames beyond what it shares with the one before it.
            nodes += trie.depth(i) - Math.max(level, trie.commonPrefix(i));
        }
        return nodes;
    }
}
