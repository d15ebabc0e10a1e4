package memdebug.spi;

/**
 * One stack frame: a function such as {@code com.example.Work.hash}, its kind, and where it is in
 * the source when the backend knows.
 *
 * @param name the function, never null ({@code null} becomes {@code "?"}); for
 *             {@link FrameKind#ALLOCATED_TYPE} the type's Java name, such as {@code byte[]}
 * @param kind the kind of code, never null ({@code null} becomes {@link FrameKind#JAVA})
 * @param file the source file, such as {@code Work.java}; empty when unknown, never null
 * @param line the line number in that file; 0 when unknown (negative values become 0)
 */
public record Frame(String name, FrameKind kind, String file, int line) {

    /** Replaces null or bad parts with placeholders; never throws. */
    public Frame {
        name = name == null ? "?" : name;
        kind = kind == null ? FrameKind.JAVA : kind;
        file = file == null ? "" : file;
        line = Math.max(0, line);
    }

    /** A frame with no source position. */
    public Frame(String name, FrameKind kind) {
        this(name, kind, "", 0);
    }

    /** A frame of kind {@link FrameKind#JAVA} with no source position. */
    public static Frame java(String name) {
        return new Frame(name, FrameKind.JAVA);
    }

    /** This frame without its source position: the function and kind only. */
    public Frame withoutPosition() {
        return file.isEmpty() && line == 0 ? this : new Frame(name, kind);
    }
}
