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
 * one box carries the box's dominant kind ({@link ViewStacks}), so the converter never splits or
 * recolors a box by its own rules; stacks come cut where their boxes get too narrow, so the
 * converter's trie stays as small as the page.
 */
final class ConverterRun {

    private ConverterRun() {
    }

    /** One stack for the converter: names and memdebug kinds root first, and its width. */
    record Stack(List<String> names, List<FrameKind> kinds, long value) {
    }

    /**
     * A page the converter drew.
     *
     * @param html        the page
     * @param prunedBoxes how many boxes were left out for being too narrow
     */
    record Drawn(String html, int prunedBoxes) {
    }

    /**
     * The converter's HTML page of {@code stacks}.
     *
     * @param title    the page's heading, already HTML-escaped
     * @param callers  true for the reversed graph (callers view): top frames at the root
     * @param minShare boxes narrower than this share of the total are left out ({@link ViewStacks})
     */
    static Drawn page(List<Stack> stacks, String title, boolean callers, double minShare) {
        ViewStacks view = ViewStacks.of(stacks, callers, minShare);
        Arguments args = new Arguments();
        args.title = title;
        args.reverse = callers;
        FlameGraph graph = new FlameGraph(args);
        CallStack call = new CallStack();
        for (int s = 0; s < stacks.size(); s++) {
            Stack stack = stacks.get(s);
            int size = stack.names().size();
            int keep = view.keep(s);
            // Callees keep the frames from the root, callers from the top (the converter reverses them).
            int from = callers ? size - keep : 0;
            call.clear();
            for (int i = from; i < from + keep; i++) {
                call.push(stack.names().get(i), type(view.kind(s, i)));
            }
            graph.addSample(call, stack.value());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        graph.dump(out);
        out.flush();
        return new Drawn(bytes.toString(StandardCharsets.UTF_8), view.prunedBoxes());
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
