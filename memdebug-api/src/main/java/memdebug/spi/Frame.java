package memdebug.spi;

/**
 * One stack frame: a function name such as {@code com.example.Work.hash} and its kind.
 *
 * @param name the function, never null ({@code null} becomes {@code "?"})
 * @param kind the kind of code, never null ({@code null} becomes {@link FrameKind#JAVA})
 */
public record Frame(String name, FrameKind kind) {

    /** Replaces null parts with placeholders; never throws. */
    public Frame {
        name = name == null ? "?" : name;
        kind = kind == null ? FrameKind.JAVA : kind;
    }

    /** A frame of kind {@link FrameKind#JAVA}. */
    public static Frame java(String name) {
        return new Frame(name, FrameKind.JAVA);
    }
}
