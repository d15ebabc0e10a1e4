package memdebug.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import memdebug.spi.FrameKind;

/**
 * One box per function under each caller, as the flame graph draws it, with the weight of each
 * {@link FrameKind} that ran in it, so that a box of mixed kinds (a method interpreted, then
 * compiled) gets one color: that of its dominant kind, the one with the most weight (the first
 * declared on a tie), as the PDF colors it. Built for one direction: callees (root first) or
 * callers (top frame first).
 */
final class KindTree {

    private static final FrameKind[] KINDS = FrameKind.values();

    private final Node root = new Node();
    private final boolean callers;

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final long[] weights = new long[KINDS.length];
    }

    /** An empty tree; {@code callers} walks stacks from their top frame down. */
    KindTree(boolean callers) {
        this.callers = callers;
    }

    /** Counts a stack of {@code value}; names and kinds are root first and of equal length. */
    void add(List<String> names, List<FrameKind> kinds, long value) {
        Node node = root;
        for (int i = 0; i < names.size(); i++) {
            int at = callers ? names.size() - 1 - i : i;
            node = node.children.computeIfAbsent(names.get(at), n -> new Node());
            int k = kinds.get(at).ordinal();
            node.weights[k] = saturatedAdd(node.weights[k], value);
        }
    }

    /** The dominant kind of each frame of a stack added before, root first like the stack. */
    FrameKind[] dominant(List<String> names) {
        FrameKind[] out = new FrameKind[names.size()];
        Node node = root;
        for (int i = 0; i < names.size(); i++) {
            int at = callers ? names.size() - 1 - i : i;
            node = node.children.get(names.get(at));
            out[at] = dominant(node.weights);
        }
        return out;
    }

    private static FrameKind dominant(long[] weights) {
        FrameKind best = FrameKind.JAVA;
        long most = 0;
        for (int k = 0; k < weights.length; k++) {
            if (weights[k] > most) {
                most = weights[k];
                best = KINDS[k];
            }
        }
        return best;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
