package memdebug.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import memdebug.spi.FrameKind;

/**
 * Draws the header of the flame graph page: the legend box on the left, like pprof's, and on the
 * right a few lines on how to read the graph with the key of its colors.
 */
final class LegendPainter {

    /** Font size of the legend lines. */
    static final float SIZE = 9f;
    /** Distance between legend lines. */
    static final float LEADING = 11f;
    /** Space between the box's border and its text. */
    static final float PADDING = 6f;

    private static final float KEY_SIZE = 8f;
    private static final float KEY_LEADING = 10.5f;
    private static final String[] HOW_TO_READ = {
        "How to read the flame graph: each box is a function, and its width is its share of",
        "the CPU time above. A box stands on the function that called it; the bottom bar is",
        "all threads together. The top edges are what was running: wide tops cost the most.",
        "Page 2 lists the functions by own CPU time (flat) and with callees (cum).",
    };

    private LegendPainter() {
    }

    /** The height of a legend box of {@code lines} lines. */
    static float boxHeight(int lines) {
        return lines * LEADING + 2 * PADDING - (LEADING - SIZE) + 2;
    }

    /** Draws the legend box with its top left corner at (left, top). */
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

    /** Draws the reading guide and the color key with its top left corner at (left, top). */
    static void paintKey(PDPageContentStream content, TextFont font, float left, float top, float width)
            throws IOException {
        content.setNonStrokingColor(0.15f, 0.15f, 0.15f);
        content.beginText();
        content.setFont(font.pdFont(), KEY_SIZE);
        content.newLineAtOffset(left, top - KEY_SIZE);
        for (int i = 0; i < HOW_TO_READ.length; i++) {
            if (i > 0) {
                content.newLineAtOffset(0, -KEY_LEADING);
            }
            String fitted = font.fit(HOW_TO_READ[i], KEY_SIZE, width, false, 1);
            content.showText(fitted == null ? "" : fitted);
        }
        content.endText();

        FrameKind[] kinds = FrameKind.values();
        int perColumn = (kinds.length + 1) / 2;
        float columnWidth = width / 2;
        float keyTop = top - HOW_TO_READ.length * KEY_LEADING - 8;
        for (int i = 0; i < kinds.length; i++) {
            float x = left + (i / perColumn) * columnWidth;
            float y = keyTop - (i % perColumn) * (KEY_LEADING + 2) - KEY_SIZE;
            float[] rgb = Palette.rgb(Palette.keyColor(kinds[i]));
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.addRect(x, y - 1.5f, 16, KEY_SIZE + 1.5f);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            font.show(content, Palette.describe(kinds[i]), KEY_SIZE, x + 21, y);
        }
    }

    /** The height {@link #paintKey} uses. */
    static float keyHeight() {
        int perColumn = (FrameKind.values().length + 1) / 2;
        return HOW_TO_READ.length * KEY_LEADING + 8 + perColumn * (KEY_LEADING + 2);
    }
}
