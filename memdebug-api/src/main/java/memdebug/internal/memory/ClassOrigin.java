package memdebug.internal.memory;

/**
 * Whose a class is, read from the module the class histogram names: the JDK's (a {@code java.*}
 * or {@code jdk.*} module, every primitive array), memdebug's own (packages {@code memdebug.api},
 * {@code memdebug.spi}, {@code memdebug.internal}), or the host's (everything else: the program's
 * code and the libraries it ships). An array belongs where its element class does.
 */
public enum ClassOrigin {
    /** A class of the JDK. */
    JDK,
    /** A class of memdebug itself. */
    MEMDEBUG,
    /** A class of the program being debugged, or of a library it ships. */
    HOST
}
