package memdebug.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import memdebug.spi.FrameColors;
import memdebug.spi.FrameKind;
import memdebug.spi.StackIndex;
import memdebug.spi.ValueFormat;
import memdebug.spi.ValueUnit;

/**
 * Draws the header of the flame graph page: the legend box on the left, like pprof's, and on the
 * right the reading guide with the key of the colors of the kinds in the profile.
 */
final class LegendPainter {

    /** Font size of the legend lines. */
    static final float SIZE = 9f;
    /** Distance between legend lines. */
    static final float LEADING = 11f;
    /** Space between the box's border and its text. */
    static final float PADDING = 6f;
    /** Lines a long legend line (a backend's note) may take before it is cut. */
    static final int MAX_LINES_PER_ENTRY = 3;
    /** Notes shown at most; the rest are counted on one more line. */
    static final int MAX_NOTES = 6;

    private static final String NOTE = "Note: ";
    private static final String CONTINUATION = "    ";
    private static final float KEY_SIZE = 8f;
    private static final float KEY_LEADING = 10.5f;
    /** Lines of the reading guide at most. */
    private static final int GUIDE_LINES = 7;

    private LegendPainter() {
    }

    /**
     * The legend's entries as lines that fit a box {@code width} wide: a long entry wraps onto
     * indented lines, up to {@link #MAX_LINES_PER_ENTRY}; past {@link #MAX_NOTES} notes, the rest
     * are counted on one line.
     */
    static List<String> lines(TextFont font, List<String> entries, float width) {
        float room = width - 2 * PADDING - 4;
        List<String> lines = new ArrayList<>();
        int notes = 0;
        long allNotes = entries.stream().filter(e -> e.startsWith(NOTE)).count();
        for (String entry : entries) {
            if (entry.startsWith(NOTE) && ++notes > MAX_NOTES) {
                if (notes == MAX_NOTES + 1) {
                    long more = allNotes - MAX_NOTES;
                    lines.add("Notes: " + more + " more " + (more == 1 ? "note" : "notes") + " not shown");
                }
                continue;
            }
            String printable = font.printable(entry);
            if (font.width(printable, SIZE) <= room) {
                lines.add(printable);
                continue;
            }
            List<String> parts = font.wrap(entry, SIZE, room - font.width(CONTINUATION, SIZE), MAX_LINES_PER_ENTRY);
            for (int i = 0; i < parts.size(); i++) {
                lines.add(i == 0 ? parts.get(i) : CONTINUATION + parts.get(i));
            }
        }
        return lines;
    }

    /**
     * The legend's last line, on what the flame graph leaves out: {@code Pruned: 3 frames narrower
     * than 0.5pt (636.22us)}, and frames too deep for the page when there are any.
     */
    static String pruned(StackIndex index, FlameLayout layout, float minWidthPt) {
        String threshold = index.unit() == ValueUnit.COUNT
                ? trimmed(layout.minWeight()) + " " + index.measure()
                : ValueFormat.label((long) Math.ceil(layout.minWeight()), index.unit());
        String line = "Pruned: " + layout.prunedFrames() + (layout.prunedFrames() == 1 ? " frame" : " frames")
                + " narrower than " + trimmed(minWidthPt) + "pt (" + threshold + ")";
        if (layout.truncatedFrames() > 0) {
            line += "; " + layout.truncatedFrames() + " frames deeper than " + layout.depthLimit()
                    + " levels (deepest stack: " + layout.deepestStack() + ")";
        }
        return line;
    }

    private static String trimmed(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The height of a legend box of {@code lines} lines. */
    static float boxHeight(int lines) {
        return lines * LEADING + 2 * PADDING - (LEADING - SIZE) + 2;
    }

    /** Draws the legend box with its top left corner at (left, top); the lines must fit (see {@link #lines}). */
    static void paintLegend(PDPageContentStream content, TextFont font, List<String> lines,
                            float left, float top, float width) throws IOException {
        float height = boxHeight(lines.size());
        content.setNonStrokingColor(0.97f, 0.97f, 0.97f);
        content.addRect(left, top - height, width, height);
        content.fill();
        content.setStrokingColor(0f, 0f, 0f);
        content.setLineWidth(0.6f);
        content.addRect(left, top - height, width, height);
        content.stroke();
        content.setLineWidth(0.3f);
        content.addRect(left + 2, top - height + 2, width - 4, height - 4);
        content.stroke();

        content.setNonStrokingColor(0f, 0f, 0f);
        content.beginText();
        content.setFont(font.pdFont(), SIZE);
        content.newLineAtOffset(left + PADDING + 2, top - PADDING - 1 - SIZE * 0.8f);
        boolean first = true;
        for (String line : lines) {
            if (!first) {
                content.newLineAtOffset(0, -LEADING);
            }
            first = false;
            String fitted = font.fit(line, SIZE, width - 2 * PADDING - 4, false, 1);
            content.showText(fitted == null ? "" : fitted);
        }
        content.endText();
    }

    /** The reading guide as lines that fit {@code width}. */
    static List<String> guide(TextFont font, String paragraph, float width) {
        return font.wrap(paragraph, KEY_SIZE, width, GUIDE_LINES);
    }

    /** Draws the reading guide and the key of {@code kinds} with its top left corner at (left, top). */
    static void paintKey(PDPageContentStream content, TextFont font, List<String> guide, List<FrameKind> kinds,
                         float left, float top, float width) throws IOException {
        content.setNonStrokingColor(0.15f, 0.15f, 0.15f);
        content.beginText();
        content.setFont(font.pdFont(), KEY_SIZE);
        content.newLineAtOffset(left, top - KEY_SIZE);
        for (int i = 0; i < guide.size(); i++) {
            if (i > 0) {
                content.newLineAtOffset(0, -KEY_LEADING);
            }
            content.showText(guide.get(i));
        }
        content.endText();

        int perColumn = (kinds.size() + 1) / 2;
        float columnWidth = width / 2;
        float keyTop = top - guide.size() * KEY_LEADING - 8;
        for (int i = 0; i < kinds.size(); i++) {
            float x = left + (i / perColumn) * columnWidth;
            float y = keyTop - (i % perColumn) * (KEY_LEADING + 2) - KEY_SIZE;
            float[] rgb = Palette.fromRgb(FrameColors.key(kinds.get(i)));
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.addRect(x, y - 1.5f, 16, KEY_SIZE + 1.5f);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            font.show(content, font.printable(FrameColors.describe(kinds.get(i))), KEY_SIZE, x + 21, y);
        }
    }

    /** The height {@link #paintKey} uses for {@code guideLines} lines and {@code kinds} kinds. */
    static float keyHeight(int guideLines, int kinds) {
        int perColumn = (kinds + 1) / 2;
        return guideLines * KEY_LEADING + 8 + perColumn * (KEY_LEADING + 2);
    }
}
