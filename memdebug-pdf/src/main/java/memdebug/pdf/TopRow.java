package memdebug.pdf;

/**
 * One function in the top table.
 *
 * @param function the frame name
 * @param flat     weight of the stacks in which this function was running (the leaf)
 * @param cum      weight of the stacks that contain it anywhere, each stack counted once
 * @param sum      running total of {@code flat} over this row and the rows above it
 */
record TopRow(String function, long flat, long cum, long sum) {
}
