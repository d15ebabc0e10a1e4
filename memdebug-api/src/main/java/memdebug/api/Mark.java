package memdebug.api;

/**
 * A point to measure from: when it was taken and how many bytes the taking thread had
 * allocated by then. {@link MemDebug#print(Mark, Object...)} shows the time since the mark and,
 * on the same thread, the bytes allocated since it.
 *
 * @param nanoTime       {@link System#nanoTime()} when the mark was taken
 * @param threadId       the id of the thread that took it
 * @param allocatedBytes that thread's allocation counter then, or -1 where the JVM has none
 */
public record Mark(long nanoTime, long threadId, long allocatedBytes) {
}
