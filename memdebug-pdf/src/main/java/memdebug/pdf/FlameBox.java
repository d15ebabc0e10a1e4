package memdebug.pdf;

import memdebug.spi.FrameKind;

/**
 * One box of the flame graph, in weight units: the page scales them to points.
 *
 * @param frame the function id in the {@link StackTrie}
 * @param kind  the kind the box is colored as: its frames' dominant kind
 * @param depth 0 for the outermost callers (drawn just above the root bar)
 * @param x     the weight to the left of the box within the graph
 * @param width the box's total weight
 */
record FlameBox(int frame, FrameKind kind, int depth, long x, long width) {
}
