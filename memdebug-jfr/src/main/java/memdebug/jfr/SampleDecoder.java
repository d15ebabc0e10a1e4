package memdebug.jfr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;

/**
 * Turns JFR stack traces into memdebug stacks, root first: Java names, frame kinds from the
 * recorded frame types, line numbers (JFR records no source file names), and for allocation
 * samples the allocated type on top. Equal frames and stacks share one instance, so samples held
 * between drains cost little memory. Used by the stream's thread only.
 */
final class SampleDecoder {

    /** Root frame of a stack JFR cut at its depth limit (64 frames unless the JVM says otherwise). */
    static final Frame TRUNCATED = new Frame("[deeper frames cut by JFR]", FrameKind.JAVA);

    /** Frames and stacks interned at most; past that the tables start again (sharing is only for memory). */
    private static final int MAX_INTERNED = 100_000;

    private record FrameKey(String type, String method, int line, String frameType) {
    }

    private final Map<FrameKey, Frame> frames = new HashMap<>();
    private final Map<List<Frame>, List<Frame>> stacks = new HashMap<>();
    private final Map<String, Frame> types = new HashMap<>();

    /**
     * The stack of {@code trace}, root first, with {@code top} above its leaf when not null.
     *
     * @return the stack; empty when the event has no stack trace
     */
    List<Frame> stack(RecordedStackTrace trace, Frame top) {
        if (trace == null) {
            return List.of();
        }
        List<RecordedFrame> recorded = trace.getFrames();
        List<Frame> stack = new ArrayList<>(recorded.size() + 2);
        if (trace.isTruncated()) {
            stack.add(TRUNCATED);
        }
        for (int i = recorded.size() - 1; i >= 0; i--) {
            stack.add(frame(recorded.get(i)));
        }
        if (top != null) {
            stack.add(top);
        }
        return intern(stack);
    }

    /** The frame of an allocated type given by its JVM name ({@code [B}, {@code java.lang.String}). */
    Frame allocatedType(String jvmName) {
        if (types.size() > MAX_INTERNED) {
            types.clear();
        }
        return types.computeIfAbsent(jvmName == null ? "?" : jvmName,
                n -> new Frame(javaTypeName(n), FrameKind.ALLOCATED_TYPE));
    }

    private Frame frame(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        String type = m == null || m.getType() == null ? "?" : m.getType().getName();
        String method = m == null ? "?" : m.getName();
        FrameKey key = new FrameKey(type, method, Math.max(0, f.getLineNumber()), f.getType());
        Frame frame = frames.get(key);
        if (frame == null) {
            if (frames.size() > MAX_INTERNED) {
                frames.clear();
            }
            frame = new Frame(javaTypeName(type) + "." + method, kind(key.frameType()), "", key.line());
            frames.put(key, frame);
        }
        return frame;
    }

    private List<Frame> intern(List<Frame> stack) {
        List<Frame> known = stacks.get(stack);
        if (known != null) {
            return known;
        }
        if (stacks.size() > MAX_INTERNED) {
            stacks.clear();
        }
        List<Frame> kept = List.copyOf(stack); // immutable: List.copyOf elsewhere returns it as it is
        stacks.put(kept, kept);
        return kept;
    }

    /**
     * The frame kind of a JFR frame type: HotSpot records {@code Interpreted}, {@code JIT compiled}
     * (either tier), {@code Inlined} and {@code Native}; the others are names other recorders use.
     */
    static FrameKind kind(String frameType) {
        if (frameType == null) {
            return FrameKind.JAVA;
        }
        return switch (frameType) {
            case "Interpreted" -> FrameKind.INTERPRETED;
            case "JIT compiled", "C2 compiled" -> FrameKind.COMPILED;
            case "C1 compiled" -> FrameKind.C1_COMPILED;
            case "Inlined" -> FrameKind.INLINED;
            case "Native", "C++" -> FrameKind.NATIVE;
            case "Kernel" -> FrameKind.KERNEL;
            default -> FrameKind.JAVA;
        };
    }

    /**
     * A type's name in Java source form: {@code [B} becomes {@code byte[]},
     * {@code [[Ljava.lang.String;} becomes {@code java.lang.String[][]}, {@code java/lang/Object}
     * becomes {@code java.lang.Object}; other names are kept.
     */
    static String javaTypeName(String jvmName) {
        if (jvmName == null || jvmName.isEmpty()) {
            return "?";
        }
        int dims = 0;
        while (dims < jvmName.length() && jvmName.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return jvmName.replace('/', '.');
        }
        String element = jvmName.substring(dims);
        String base = switch (element) {
            case "Z" -> "boolean";
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            default -> element.startsWith("L") && element.endsWith(";") && element.length() > 2
                    ? element.substring(1, element.length() - 1).replace('/', '.') : null;
        };
        return base == null ? jvmName : base + "[]".repeat(dims);
    }
}
