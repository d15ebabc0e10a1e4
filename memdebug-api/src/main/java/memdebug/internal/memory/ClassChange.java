package memdebug.internal.memory;

/**
 * How the live objects of one class changed between two prints.
 *
 * @param name      the Java source name
 * @param instances change in live objects (negative: freed)
 * @param bytes     change in their bytes (negative: freed)
 */
public record ClassChange(String name, long instances, long bytes) {
}
