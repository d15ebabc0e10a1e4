package memdebug.html;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import memdebug.spi.FrameKind;
import one.convert.Arguments;
import one.convert.CallStack;
import one.convert.FlameGraph;

/**
 * Draws stacks with async-profiler's converter ({@code one.convert.FlameGraph}, from
 * {@code tools.profiler:jfr-converter}): its trie, layout and compact page data, in its HTML page.
 *
 * <p>Each frame is handed over with a converter frame type that stands for the memdebug
 * {@link FrameKind} of its box ({@link #type}); the page colors boxes by that type. Every frame of
 * one box carries the box's dominant kind ({@link KindTree}), so the converter never splits or
 * recolors a box by its own rules.
 */
final class ConverterRun {

    private ConverterRun() {
    }

    /** One stack for the converter: names and memdebug kinds root first, and its width. */
    record Stack(List<String> names, List<FrameKind> kinds, long value) {
    }

    /**
     * The converter's HTML page of {@code stacks}.
     *
     * @param title   the page's heading, already HTML-escaped
     * @param callers true for the reversed graph (callers view): top frames at the root
     */
    static String page(List<Stack> stacks, String title, boolean callers) {
        KindTree kinds = new KindTree(callers);
        for (Stack s : stacks) {
            kinds.add(s.names(), s.kinds(), s.value());
        }
        Arguments args = new Arguments();
        args.title = title;
        args.reverse = callers;
        FlameGraph graph = new FlameGraph(args);
        CallStack call = new CallStack();
        for (Stack s : stacks) {
            FrameKind[] dominant = kinds.dominant(s.names());
            call.clear();
            for (int i = 0; i < dominant.length; i++) {
                call.push(s.names().get(i), type(dominant[i]));
            }
            graph.addSample(call, s.value());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        graph.dump(out);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * The converter's frame type (0 … 7, the low three bits of each box's key in the page) that
     * stands for {@code kind}. Where the converter has a type of the same meaning it is used
     * (interpreted 0, JIT-compiled 1, inlined 2, native 3, kernel 5, C1 6); Java of unknown tier
     * takes the slot of C++ (4), which memdebug never reports, and the allocated type the free slot 7.
     */
    static byte type(FrameKind kind) {
        return switch (kind) {
            case INTERPRETED -> 0;
            case COMPILED -> 1;
            case INLINED -> 2;
            case NATIVE -> 3;
            case JAVA -> 4;
            case KERNEL -> 5;
            case C1_COMPILED -> 6;
            case ALLOCATED_TYPE -> 7;
        };
    }
}
