package memdebug.spi;

/** What kind of code a stack frame ran; reports color frames by kind. */
public enum FrameKind {
    /** A Java method whose compilation tier the backend cannot tell (for example from {@code ThreadMXBean}). */
    JAVA,
    /** A Java method run by the interpreter. */
    INTERPRETED,
    /** A Java method run as JIT-compiled code. */
    COMPILED,
    /** A Java method inlined into its caller by the JIT. */
    INLINED,
    /** Native code: JNI, the JVM itself, libc. */
    NATIVE,
    /** Operating-system kernel code. */
    KERNEL
}
