package memdebug.pdf;

/**
 * One box of the flame graph, in weight units: the page scales them to points.
 *
 * @param frame the frame id in the {@link StackTrie}
 * @param depth 0 for the outermost callers (drawn just above the root bar)
 * @param x     the weight to the left of the box within the graph
 * @param width the box's total weight
 */
record FlameBox(int frame, int depth, long x, long width) {
}
