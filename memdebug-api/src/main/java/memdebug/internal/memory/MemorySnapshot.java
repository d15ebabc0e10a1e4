package memdebug.internal.memory;

/**
 * The process's memory at one moment, as the line shows it.
 *
 * @param threads    live threads
 * @param heapUsed   heap in use, bytes
 * @param osBytes    memory taken from the OS, bytes
 * @param stackBytes thread stack memory, bytes
 */
public record MemorySnapshot(int threads, long heapUsed, long osBytes, long stackBytes) {
}
