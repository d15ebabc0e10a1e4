package memdebug.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import memdebug.spi.FrameColors;
import memdebug.spi.FrameKind;
import memdebug.spi.Legend;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackIndex;
import memdebug.spi.StackProfile;
import memdebug.spi.TopTable;
import memdebug.spi.ValueFormat;
import memdebug.spi.ValueUnit;

/**
 * One report page: async-profiler's flame graph of the profile (and of its reverse, for the callers
 * view), with memdebug's legend, reading guide, color key and tools put in ({@link PageEdits}).
 * Everything is inline: the page loads nothing, from the network or from disk. The words, values and
 * colors are the shared ones of {@code memdebug.spi} ({@link StackIndex}, {@link Legend},
 * {@link ValueFormat}, {@link FrameColors}), so the page says what the PDF says.
 */
final class FlameGraphPage {

    /**
     * Boxes narrower than this share of the total (0.01%) are left out, with all they hold: 0.12
     * pixels of a 1,200-pixel graph, 12 pixels when zoomed in on a box of 1%. It bounds the page at
     * 10,000 boxes a level, and the memory it takes to make it, however many stacks a session has.
     */
    static final double MIN_SHARE = 1e-4;

    /** Where the data section sits while the rest of the page is edited; the converter never writes NUL. */
    private static final String DATA = "\u0000memdebug-data\u0000";

    private static volatile String css;
    private static volatile String colors;
    private static volatile String script;

    private FlameGraphPage() {
    }

    /** Reads memdebug's own styles and script once. */
    static void load() {
        if (script == null) {
            css = resource("memdebug-flame.css");
            colors = resource("memdebug-colors.js");
            script = resource("memdebug-flame.js");
        }
    }

    /**
     * The page of {@code profile}.
     *
     * @param zone the time zone of the legend's {@code Time:} line
     * @throws IllegalStateException when the converter's page is not as expected
     */
    static String html(StackProfile profile, ZoneId zone) {
        load();
        StackIndex index = StackIndex.of(profile);
        List<ConverterRun.Stack> stacks = stacks(index);
        String title = Escape.html(title(profile));

        ConverterRun.Drawn drawn = ConverterRun.page(stacks, title, false, MIN_SHARE);
        String page = drawn.html();
        PageData callees = PageData.of(page);
        PageData callers = PageData.of(ConverterRun.page(stacks, title, true, MIN_SHARE).html());

        // The canvas is as tall as the deeper view: pruning may cut the two views to different depths.
        String height = "\t#canvas {height: " + Math.min(32767, 16 * Math.max(callees.depth(), callers.depth())) + "px}\n";
        String edited = PageEdits.apply(page.substring(0, callees.start()) + DATA + page.substring(callees.end()),
                title, css + height, popupKey(index), header(index, zone, drawn.prunedBoxes()) + headScript(index),
                tailScript(callers));
        int at = edited.indexOf(DATA);
        return edited.substring(0, at) + callees.section() + edited.substring(at + DATA.length());
    }

    /**
     * The stacks as the converter takes them: names it can carry, kinds, values. Stacks without
     * frames weigh in the total (the top table's 100%), so their weight goes in as a stack of none,
     * which the converter counts in its root alone.
     */
    private static List<ConverterRun.Stack> stacks(StackIndex index) {
        List<ConverterRun.Stack> out = new ArrayList<>(index.size() + 1);
        String[] names = new String[index.functions()];
        for (int f = 0; f < names.length; f++) {
            names[f] = Escape.frameName(index.name(f));
        }
        long framed = 0;
        for (int s = 0; s < index.size(); s++) {
            int depth = index.depth(s);
            List<String> frames = new ArrayList<>(depth);
            List<FrameKind> kinds = new ArrayList<>(depth);
            for (int d = 0; d < depth; d++) {
                frames.add(names[index.function(s, d)]);
                kinds.add(index.frameKind(s, d));
            }
            out.add(new ConverterRun.Stack(frames, kinds, index.value(s)));
            framed += index.value(s);
        }
        if (index.total() > framed) {
            out.add(new ConverterRun.Stack(List.of(), List.of(), index.total() - framed));
        }
        return out;
    }

    /** {@code Flame graph of CPU time: myapp.jar}. */
    static String title(StackProfile profile) {
        return "Flame graph of " + profile.kind().measure() + ": " + profile.info().program();
    }

    /** The legend box, the reading guide with the color key, and the tools, as the PDF's page 1 has them. */
    private static String header(StackIndex index, ZoneId zone, int pruned) {
        StringBuilder sb = new StringBuilder("<section id='md-report'>\n<pre id='md-legend'>");
        StringJoiner lines = new StringJoiner("\n");
        // The total in the unit of the top table, as pprof and the PDF print it.
        Legend.lines(index, TopTable.of(index, TopTable.Order.FLAT, 0).values(), zone).forEach(l -> lines.add(Escape.html(l)));
        lines.add(Escape.html(pruned(pruned, index)));
        sb.append(lines).append("</pre>\n<div id='md-side'>\n<div id='md-guide'>")
                .append(Escape.html(guide(index))).append("</div>\n<ul id='md-key'>\n");
        for (FrameKind kind : index.frameKinds()) {
            sb.append("<li><span class='md-swatch' style='background-color: ").append(FrameColors.hex(FrameColors.key(kind)))
                    .append("'></span>").append(Escape.html(FrameColors.describe(kind))).append("</li>\n");
        }
        sb.append("</ul>\n</div>\n");
        if (index.size() == 0) {
            sb.append("<div id='md-empty'>No samples in this interval: there is nothing to draw.</div>\n");
        }
        sb.append("<div id='md-tools'>\n")
                .append("<button type='button' id='md-reset' title='Show the whole graph again (0)'>Reset zoom</button>\n")
                .append("<button type='button' id='md-callers' aria-pressed='false'")
                .append(" title='Turn the graph over: each ").append(Escape.html(leafNoun(index.kind())))
                .append(" at the top, the calls that led to it below'>Callers view</button>\n")
                .append("<label for='md-search'>Search</label>\n")
                .append("<input id='md-search' type='search' placeholder='regular expression, e.g. hash|sort'")
                .append(" autocomplete='off' spellcheck='false'>\n")
                .append("<span id='md-search-error'></span>\n</div>\n</section>\n");
        return sb.toString();
    }

    /** The page's own legend line, as the PDF has one for what its drawing leaves out. */
    static String pruned(int boxes, StackIndex index) {
        long threshold = (long) Math.ceil(index.total() * MIN_SHARE);
        return "Pruned: " + boxes + (boxes == 1 ? " frame" : " frames") + " narrower than 0.01% ("
                + (index.countsSamples() ? threshold + " samples" : ValueFormat.label(threshold, index.unit())) + ")";
    }

    /** How to read the page, worded from the kind. */
    static String guide(StackIndex index) {
        ProfileKind kind = index.kind();
        String measure = index.measure();
        return "How to read the flame graph: each box is a function, and its width is its share of the " + measure
                + ". A box stands on the function that called it; the bottom bar is all threads together. The top"
                + " edges are " + kind.leafRole() + ": wide tops weigh the most. Click a box to zoom in on it; click"
                + " a box below it, or Reset zoom, to zoom out. Search takes a regular expression: matching boxes"
                + " turn magenta, and the bar at the bottom right shows their share of the box zoomed in on."
                + " The callers view turns the graph over: " + kind.leafRole() + " at the top, with what called it"
                + " below. Hover over a box to see its " + measure + ".";
    }

    private static String leafNoun(ProfileKind kind) {
        String role = kind.leafRole();
        return role.startsWith("the ") ? role.substring(4) : role;
    }

    /** The info pop-up's key, in place of the converter's frame types. */
    private static String popupKey(StackIndex index) {
        StringBuilder sb = new StringBuilder("<dl class='frames'>\n\t<dt>Frame kinds</dt>\n");
        for (FrameKind kind : index.frameKinds()) {
            sb.append("\t<dd style='background-color: ").append(FrameColors.hex(FrameColors.key(kind))).append("'>")
                    .append(Escape.html(FrameColors.describe(kind))).append("</dd>\n");
        }
        return sb.append("</dl>\n<dl class='frames'>\n\t<dt>Search</dt>\n")
                .append("\t<dd style='background-color: #ee00ee'>Matches regexp</dd>\n</dl>\n").toString();
    }

    /** Colors by kind and name, and the values' unit: needed while the page's own script draws. */
    private static String headScript(StackIndex index) {
        StringBuilder sb = new StringBuilder("<script>\n'use strict';\n// memdebug: box colors by frame kind and name")
                .append(" (as the PDF's), and the unit of the values.\nconst mdData = {\n\troot: '")
                .append(FrameColors.hex(FrameColors.ROOT)).append("',\n\tkinds: [\n");
        FrameKind[] byType = new FrameKind[FrameKind.values().length];
        for (FrameKind kind : FrameKind.values()) {
            byType[ConverterRun.type(kind)] = kind;
        }
        for (FrameKind kind : byType) {
            sb.append("\t\t{name: ").append(Escape.js(FrameColors.describe(kind))).append(", label: ")
                    .append(Escape.js(kind == FrameKind.ALLOCATED_TYPE ? "Allocated type" : "Function")).append(", shades: [");
            for (int shade = 0; shade < FrameColors.SHADES; shade++) {
                sb.append(shade == 0 ? "" : ", ").append('\'').append(FrameColors.hex(FrameColors.of(kind, shade))).append('\'');
            }
            sb.append("]},\n");
        }
        sb.append("\t],\n\tunitNames: [");
        ValueUnit unit = index.unit();
        String[] names = UnitScales.names(unit);
        long[] factors = UnitScales.sizes(unit);
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Escape.js(names[i]));
        }
        sb.append("],\n\tunitFactors: [");
        for (int i = 0; i < factors.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(factors[i]);
        }
        return sb.append("],\n\tcountsSamples: ").append(index.countsSamples()).append("\n};\n")
                .append(colors).append("</script>\n").toString();
    }

    /** The callers view's data, then memdebug's script. */
    private static String tailScript(PageData callers) {
        return "'use strict';\n// The callers view, laid out by async-profiler's converter (--reverse).\n"
                + "const mdCallersDepth = " + callers.depth() + ";\nconst mdCallersPool = [\n" + callers.pool()
                + "\n];\nfunction mdCallersFrames() {\n" + callers.frames() + "\n}\n" + script;
    }

    private static String resource(String name) {
        try (InputStream in = FlameGraphPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("memdebug-html lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
