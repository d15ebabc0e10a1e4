package memdebug.internal.memory;

/**
 * One row of a class histogram: the live objects of one class.
 *
 * @param name      the Java source name ({@code byte[]}, {@code java.util.HashMap$Node}, {@code com.acme.Order})
 * @param instances live objects of the class
 * @param bytes     their size in bytes, headers and padding included
 * @param origin    the JDK's, memdebug's or the host's
 */
public record ClassCount(String name, long instances, long bytes, ClassOrigin origin) {
}
