package memdebug.examples;

/**
 * One row of a top table, values in the profile's unit (nanoseconds, bytes).
 *
 * @param function the function's name, without pprof's {@code (inline)} mark
 * @param flat     weight of the samples in which the function was the leaf
 * @param cum      weight of the samples that contain it, each sample counted once
 */
record TopRow(String function, long flat, long cum) {
}
