package memdebug.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

import memdebug.spi.ValueFormat;

/**
 * Draws a {@link FlameLayout} under a given top edge: the root bar at the bottom, callees on their
 * callers, box width proportional to weight, each box colored by its dominant frame kind. Levels
 * are {@value #LEVEL_PT}pt high when the graph fits the usual area, taller when a shallow graph
 * has room, and the area grows (the page gets taller) for deep graphs up to a maximum, past which
 * levels shrink to {@value #MIN_LEVEL_PT}pt and deeper frames are cut. Boxes are filled grouped by
 * color, one path per color, which keeps the content stream short; labels follow in one text
 * object.
 */
final class FlameGraphPainter {

    /** Boxes narrower than this many points are pruned. */
    static final float MIN_BOX_PT = 0.5f;
    /** The lowest a level may get before deeper levels are cut off. */
    static final float MIN_LEVEL_PT = 2.5f;
    /** The level height that keeps labels easy to read. */
    static final float LEVEL_PT = 12f;
    /** The highest a level gets when there are few. */
    static final float MAX_LEVEL_PT = 15f;

    private static final float LABEL_PT = 8f;
    private static final float SMALLEST_LABEL_PT = 3.5f;
    private static final float PAD = 2f;
    /** The address part of a hidden class name, {@code /0x0000000800c0b440}: noise in a label. */
    private static final Pattern HIDDEN_CLASS_ADDRESS = Pattern.compile("/0x[0-9a-fA-F]+");

    private final float left;
    private final float width;
    private final float usualHeight;
    private final float maxHeight;

    /**
     * A painter for a graph {@code width} wide from x = {@code left}, normally {@code usualHeight}
     * high (the room left on a standard page), at most {@code maxHeight}.
     */
    FlameGraphPainter(float left, float width, float usualHeight, float maxHeight) {
        this.left = left;
        this.width = width;
        this.usualHeight = usualHeight;
        this.maxHeight = Math.max(usualHeight, maxHeight);
    }

    /** The lightest box worth drawing when the root weighs {@code total}. */
    double minWeight(long total) {
        return total * (double) MIN_BOX_PT / width;
    }

    /** How many frame levels fit above the root bar at the lowest level height. */
    int depthLimit() {
        return Math.max(1, (int) (maxHeight / MIN_LEVEL_PT) - 1);
    }

    /** The height of one level for {@code layout}. */
    float level(FlameLayout layout) {
        int levels = layout.depth() + 1;
        if (levels * LEVEL_PT <= usualHeight) {
            return Math.min(MAX_LEVEL_PT, usualHeight / levels);
        }
        return Math.max(MIN_LEVEL_PT, Math.min(LEVEL_PT, maxHeight / levels));
    }

    /** The height {@link #paint} uses for {@code layout}: at least the usual height. */
    float height(FlameLayout layout) {
        return Math.max(usualHeight, (layout.depth() + 1) * level(layout));
    }

    /** Draws the graph with its top edge at {@code top}, or a note that there is nothing to draw. */
    void paint(PDPageContentStream content, TextFont font, StackTrie trie, FlameLayout layout,
               ValueFormat values, float top) throws IOException {
        if (layout.total() == 0) {
            paintEmpty(content, font, top - usualHeight);
            return;
        }
        float level = level(layout);
        float gap = level >= 6 ? 1f : level / 6f;
        // A shallow graph hangs from the top of its area, right under the legend.
        float base = top - (layout.depth() + 1) * level;
        double scale = width / (double) layout.total();

        List<List<FlameBox>> byColor = new ArrayList<>(Palette.COLORS);
        for (int c = 0; c < Palette.COLORS; c++) {
            byColor.add(new ArrayList<>());
        }
        for (FlameBox box : layout.boxes()) {
            byColor.get(Palette.of(box.kind(), trie.name(box.frame()))).add(box);
        }
        setFill(content, Palette.ROOT);
        content.addRect(left, round(base), round(width), round(level - gap));
        content.fill();
        for (int c = 0; c < Palette.COLORS; c++) {
            if (byColor.get(c).isEmpty()) {
                continue;
            }
            setFill(content, c);
            for (FlameBox box : byColor.get(c)) {
                float x = round(left + box.x() * scale);
                float w = (float) (box.width() * scale);
                // A hairline gap separates neighbours that are wide enough to spare it.
                w = round(w > 3 ? w - 0.5f : w);
                content.addRect(x, round(base + (box.depth() + 1) * level), w, round(level - gap));
            }
            content.fill();
        }

        float size = Math.min(LABEL_PT, (level - gap) * 0.78f);
        if (size < SMALLEST_LABEL_PT) {
            return;
        }
        float baseline = (level - gap - size * 0.7f) / 2;
        content.setNonStrokingColor(0f, 0f, 0f);
        content.beginText();
        content.setFont(font.pdFont(), size);
        String root = font.fit("all: " + values.format(layout.total()) + " (100%)", size, width - 2 * PAD, false, 3);
        content.setTextMatrix(Matrix.getTranslateInstance(left + PAD, round(base + baseline)));
        content.showText(root);
        for (FlameBox box : layout.boxes()) {
            float w = (float) (box.width() * scale) - 2 * PAD;
            if (w < size * 2) {
                continue;
            }
            String label = label(font, trie.name(box.frame()), size, w);
            if (label != null) {
                float x = round(left + box.x() * scale + PAD);
                float y = round(base + (box.depth() + 1) * level + baseline);
                content.setTextMatrix(Matrix.getTranslateInstance(x, y));
                content.showText(label);
            }
        }
        content.endText();
    }

    /**
     * The whole name when it fits; else without its package ({@code Work.hash}); else that cut
     * with "…"; null when too little would show.
     */
    private static String label(TextFont font, String name, float size, float room) {
        String full = font.fit(name, size, room, false, Integer.MAX_VALUE);
        if (full != null) {
            return full;
        }
        String shortName = withoutPackage(HIDDEN_CLASS_ADDRESS.matcher(name).replaceAll(""));
        return font.fit(shortName, size, room, false, 3);
    }

    /** {@code com.example.Work.hash} and {@code java/util/HashMap.get} become {@code Work.hash}, {@code HashMap.get}. */
    private static String withoutPackage(String name) {
        if (name.indexOf('(') >= 0) {
            return name;
        }
        int method = name.lastIndexOf('.');
        if (method <= 0) {
            return name;
        }
        int pkg = Math.max(name.lastIndexOf('.', method - 1), name.lastIndexOf('/', method - 1));
        return pkg < 0 ? name : name.substring(pkg + 1);
    }

    private void paintEmpty(PDPageContentStream content, TextFont font, float bottom) throws IOException {
        content.setStrokingColor(0.7f, 0.7f, 0.7f);
        content.setLineWidth(0.5f);
        content.addRect(left, bottom, width, usualHeight);
        content.stroke();
        String note = "no samples in this interval";
        float size = 12;
        content.setNonStrokingColor(0.4f, 0.4f, 0.4f);
        font.show(content, note, size, left + (width - font.width(note, size)) / 2, bottom + usualHeight / 2);
    }

    private static void setFill(PDPageContentStream content, int color) throws IOException {
        float[] rgb = Palette.rgb(color);
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    }

    /** Hundredths of a point are invisible and keep the numbers in the content stream short. */
    private static float round(double v) {
        return Math.round(v * 100) / 100f;
    }
}
