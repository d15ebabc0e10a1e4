package memdebug.internal.memory;

/**
 * The process's memory at one moment, as the line shows it.
 *
 * @param threads    live threads
 * @param heapUsed   heap in use, bytes
 * @param osBytes    memory taken from the OS, bytes
 * @param stackBytes thread stack memory, bytes
 * @param classes    the live heap by class, in GC mode where the JVM can tell; else null
 */
public record MemorySnapshot(int threads, long heapUsed, long osBytes, long stackBytes, ClassHistogram classes) {
}
