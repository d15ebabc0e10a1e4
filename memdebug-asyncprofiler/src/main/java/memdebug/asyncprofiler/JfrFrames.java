package memdebug.asyncprofiler;

import java.util.Arrays;
import java.util.List;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;

/**
 * Turns the stack traces of async-profiler's JFR output into memdebug frames, root first.
 *
 * <p>async-profiler names each frame's type in the JFR: {@code Interpreted}, {@code C1 compiled},
 * {@code JIT compiled} (C2), {@code Inlined}, {@code Native}, {@code C++} (the JVM) and
 * {@code Kernel}. Java frames carry their line number; no frame carries a source file name, so
 * {@link Frame#file()} stays empty. Native frames name the library as their "class" and the
 * symbol as their method: the frame is the symbol, as in async-profiler's own reports. Frames
 * async-profiler makes up (no library, no class) are shown in brackets, as it shows them:
 * {@code [truncated]}, {@code [no_Java_frame]}.
 *
 * <p>Allocation stacks are walked through JVMTI, which does not tell a method's tier (async-profiler
 * then calls every Java frame "JIT compiled"), so their Java frames are {@link FrameKind#JAVA};
 * the allocated type is put on top as {@link FrameKind#ALLOCATED_TYPE}.
 */
final class JfrFrames {

    /**
     * The frame async-profiler puts under a stack it cut ({@code jstackdepth=N/M}: stacks of N
     * frames or more keep their top M frames): it stands where the lost callers were.
     */
    static final Frame CUT = new Frame("[truncated]", FrameKind.NATIVE);

    private static final String CUT_NAME = "truncated";

    private JfrFrames() {
    }

    /** A CPU sample's frames, root first, with their tiers; an absent trace gives a single {@code [no stack]} frame. */
    static List<Frame> cpuStack(RecordedStackTrace trace) {
        return stack(trace, true, null);
    }

    /**
     * An allocation sample's frames, root first, the allocated type on top.
     *
     * @param type the allocated class as recorded; null gives {@code ?}
     */
    static List<Frame> allocationStack(RecordedStackTrace trace, RecordedClass type) {
        return stack(trace, false, new Frame(TypeNames.javaName(type == null ? null : type.getName()),
                FrameKind.ALLOCATED_TYPE));
    }

    /** True when async-profiler cut this stack and its root callers are lost. */
    static boolean isCut(List<Frame> frames) {
        return !frames.isEmpty() && frames.get(0).equals(CUT);
    }

    private static List<Frame> stack(RecordedStackTrace trace, boolean tiers, Frame top) {
        List<RecordedFrame> recorded = trace == null ? List.of() : trace.getFrames();
        int n = recorded.size();
        Frame[] frames = new Frame[n + (top == null ? 0 : 1) + (n == 0 ? 1 : 0)];
        int at = 0;
        if (n == 0) {
            frames[at++] = new Frame("[no stack]", FrameKind.NATIVE);
        }
        for (int i = n - 1; i >= 0; i--) { // JFR lists the top frame first
            frames[at++] = frame(recorded.get(i), tiers);
        }
        if (top != null) {
            frames[at] = top;
        }
        return Arrays.asList(frames);
    }

    /** One frame; {@code tiers} false makes every Java frame {@link FrameKind#JAVA}. */
    static Frame frame(RecordedFrame recorded, boolean tiers) {
        RecordedMethod method = recorded.getMethod();
        String name = method == null ? null : method.getName();
        RecordedClass owner = method == null ? null : method.getType();
        String className = owner == null ? "" : owner.getName();
        return frame(recorded.getType(), className == null ? "" : className, name == null ? "?" : name,
                recorded.getLineNumber(), tiers);
    }

    /**
     * One frame from its parts as the JFR holds them.
     *
     * @param type      async-profiler's frame type name; null or unknown counts as a Java frame of
     *                  unknown tier when there is a class, else as native
     * @param className the Java class, or for native frames the library; empty when none
     * @param method    the method or symbol
     * @param line      the line number; 0 or less when unknown
     * @param tiers     whether the type tells the tier (CPU samples) or not (allocation samples)
     */
    static Frame frame(String type, String className, String method, int line, boolean tiers) {
        FrameKind kind = kindOf(type, className);
        switch (kind) {
            case KERNEL:
                return new Frame(method, kind);
            case NATIVE:
                if (className.isEmpty()) {
                    return method.equals(CUT_NAME) ? CUT : new Frame("[" + method + "]", kind);
                }
                return new Frame(method, kind);
            default:
                String javaName = className.isEmpty() ? method : className.replace('/', '.') + "." + method;
                return new Frame(javaName, tiers ? kind : FrameKind.JAVA, "", line);
        }
    }

    private static FrameKind kindOf(String type, String className) {
        if (type != null) {
            switch (type) {
                case "Interpreted":
                    return FrameKind.INTERPRETED;
                case "C1 compiled":
                    return FrameKind.C1_COMPILED;
                case "JIT compiled":
                    return FrameKind.COMPILED;
                case "Inlined":
                    return FrameKind.INLINED;
                case "Native":
                case "C++":
                    return FrameKind.NATIVE;
                case "Kernel":
                    return FrameKind.KERNEL;
                default:
                    break;
            }
        }
        return className.isEmpty() ? FrameKind.NATIVE : FrameKind.JAVA;
    }
}
