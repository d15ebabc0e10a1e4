package memdebug.asyncprofiler;

/**
 * A stack as counted in one thread: the key under which async-profiler's cumulative counts only
 * grow, whatever the thread is called at the time of a dump.
 *
 * @param tid   the thread's id, -1 when unknown
 * @param stack the annotated frames, {@code ;}-separated
 */
record ThreadStack(long tid, String stack) {
}
