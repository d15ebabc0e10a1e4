package memdebug.asyncprofiler;

import java.util.ArrayList;
import java.util.List;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;

/**
 * Turns a stack of {@code collapsed,ann} output into frames. async-profiler 4.6 marks frames with
 * a suffix: {@code _[0]} interpreted, {@code _[1]} C1-compiled, {@code _[j]} JIT-compiled (C2),
 * {@code _[i]} inlined, {@code _[k]} kernel; native and JVM frames have none. Suffixes are
 * removed and Java class names get dots ({@code java/lang/Thread.run} becomes
 * {@code java.lang.Thread.run}).
 */
final class AnnotatedFrames {

    private AnnotatedFrames() {
    }

    /** The frames of a {@code ;}-separated stack, root first; empty segments are skipped. */
    static List<Frame> decode(String stack) {
        List<Frame> frames = new ArrayList<>();
        int start = 0;
        while (start <= stack.length()) {
            int end = stack.indexOf(';', start);
            if (end < 0) {
                end = stack.length();
            }
            if (end > start) {
                frames.add(frame(stack.substring(start, end)));
            }
            start = end + 1;
        }
        return frames;
    }

    /** One annotated frame name as a frame; an unknown suffix is kept as part of a native name. */
    static Frame frame(String annotated) {
        FrameKind kind = kindOf(annotated);
        if (kind == FrameKind.NATIVE) {
            return new Frame(annotated, kind);
        }
        String name = annotated.substring(0, annotated.length() - 4);
        return new Frame(kind == FrameKind.KERNEL ? name : name.replace('/', '.'), kind);
    }

    private static FrameKind kindOf(String annotated) {
        int n = annotated.length();
        if (n <= 4 || annotated.charAt(n - 4) != '_' || annotated.charAt(n - 3) != '[' || annotated.charAt(n - 1) != ']') {
            return FrameKind.NATIVE;
        }
        switch (annotated.charAt(n - 2)) {
            case '0':
                return FrameKind.INTERPRETED;
            case '1':
                return FrameKind.C1_COMPILED;
            case 'j':
                return FrameKind.COMPILED;
            case 'i':
                return FrameKind.INLINED;
            case 'k':
                return FrameKind.KERNEL;
            default:
                return FrameKind.NATIVE;
        }
    }
}
