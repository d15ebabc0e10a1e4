package memdebug.internal.config;

/** Where lines go. */
public enum OutputTarget {
    /** The host's current {@code System.out}. */
    STDOUT,
    /** The host's current {@code System.err}. */
    STDERR,
    /** The SLF4J logger {@code memdebug.line}, at INFO, uncolored. */
    SLF4J
}
