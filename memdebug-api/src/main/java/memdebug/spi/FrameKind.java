package memdebug.spi;

/** What kind of code a stack frame ran; reports color frames by kind. */
public enum FrameKind {
    /** A Java method whose compilation tier the backend cannot tell (for example from {@code ThreadMXBean}). */
    JAVA,
    /** A Java method run by the interpreter. */
    INTERPRETED,
    /** A Java method compiled by C1, the JIT's quick first tier. */
    C1_COMPILED,
    /** A Java method compiled by C2, or by a JIT whose tier the backend cannot tell. */
    COMPILED,
    /** A Java method inlined into its caller by the JIT. */
    INLINED,
    /** Native code: JNI, the JVM itself, libc. */
    NATIVE,
    /** Operating-system kernel code. */
    KERNEL,
    /** Not code: the type an allocation profile's stack allocated, always its top frame. */
    ALLOCATED_TYPE;

    /** True for the kinds that are Java methods (any tier). */
    public boolean isJava() {
        return this == JAVA || this == INTERPRETED || this == C1_COMPILED || this == COMPILED || this == INLINED;
    }
}
