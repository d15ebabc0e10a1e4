package memdebug.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws a {@link TopTable} on landscape pages like {@code pprof -top} prints it: the header
 * lines, then flat, flat%, sum%, cum, cum% right-aligned and the function name, one row a line.
 */
final class TopTablePainter {

    /** Table pages at most; rows beyond them are dropped and said so. */
    static final int MAX_PAGES = 2;

    private static final float MARGIN = 28f;
    private static final float TITLE_SIZE = 13f;
    private static final float SIZE = 8f;
    private static final float LEADING = 10.5f;
    private static final String[] EXPLANATION = {
        "flat: CPU time of the function itself, when it was the one running. cum: CPU time of the function and everything it called;"
            + " a recursive function counts once per sample.",
        "flat% and cum%: shares of the total. sum%: flat% of this row and all rows above. Sorted by flat, then cum, then name.",
    };
    private static final String[] HEADINGS = {"flat", "flat%", "sum%", "cum", "cum%", "function"};
    /** Right edges of the five number columns, from the left margin; the name starts after. */
    private static final float[] RIGHT_EDGES = {52, 97, 142, 200, 245};
    private static final float NAME_AT = 257;

    private TopTablePainter() {
    }

    /** How many rows fit on {@link #MAX_PAGES} pages, header included. */
    static int capacity() {
        return rowsOnFirstPage() + (MAX_PAGES - 1) * rowsOnNextPages();
    }

    /** Adds the table's pages to {@code document}. */
    static void paint(PDDocument document, TextFont font, TopTable table, ValueFormat values) throws IOException {
        PDRectangle size = landscape();
        List<TopRow> rows = table.rows();
        int from = 0;
        boolean firstPage = true;
        do {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = size.getHeight() - MARGIN;
                if (firstPage) {
                    y = paintHeader(content, font, table, values, y);
                }
                int count = Math.min(rows.size() - from, firstPage ? rowsOnFirstPage() : rowsOnNextPages());
                paintRows(content, font, rows.subList(from, from + count), table.total(), values, y, size.getWidth());
                from += count;
            }
            firstPage = false;
        } while (from < rows.size());
    }

    /** The lines above the column headings: pprof's "Showing nodes…" and what was dropped. */
    static List<String> summary(TopTable table, ValueFormat values) {
        List<String> lines = new ArrayList<>();
        if (table.rows().isEmpty()) {
            lines.add("no samples in this interval");
            return lines;
        }
        lines.add("Showing nodes accounting for " + values.format(table.shownFlat()) + ", "
                + ValueFormat.percent(table.shownFlat(), table.total()) + " of " + values.format(table.total()) + " total");
        if (table.dropped() > 0) {
            TopRow last = table.rows().get(table.rows().size() - 1);
            lines.add("Dropped " + table.dropped() + (table.dropped() == 1 ? " function" : " functions")
                    + " (flat <= " + values.format(last.flat()) + ")");
            lines.add("Showing top " + table.rows().size() + " functions out of " + table.functions());
        }
        return lines;
    }

    /** The cells of one row as pprof prints them, function last. */
    static String[] cells(TopRow row, long total, ValueFormat values) {
        return new String[] {
            values.format(row.flat()), ValueFormat.percent(row.flat(), total), ValueFormat.percent(row.sum(), total),
            values.format(row.cum()), ValueFormat.percent(row.cum(), total), row.function(),
        };
    }

    private static float paintHeader(PDPageContentStream content, TextFont font, TopTable table, ValueFormat values,
                                     float top) throws IOException {
        float y = top - TITLE_SIZE;
        content.setNonStrokingColor(0f, 0f, 0f);
        bold(content, font, "Top functions by CPU time", TITLE_SIZE, MARGIN, y);
        y -= 8;
        content.setNonStrokingColor(0.3f, 0.3f, 0.3f);
        for (String line : EXPLANATION) {
            y -= LEADING;
            font.show(content, font.fit(line, SIZE, landscape().getWidth() - 2 * MARGIN, false, 1), SIZE, MARGIN, y);
        }
        y -= 6;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (String line : summary(table, values)) {
            y -= LEADING + 1;
            font.show(content, font.printable(line), SIZE + 1, MARGIN, y);
        }
        return y - 6;
    }

    private static void paintRows(PDPageContentStream content, TextFont font, List<TopRow> rows, long total,
                                  ValueFormat values, float top, float pageWidth) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        float y = top - LEADING;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int c = 0; c < HEADINGS.length; c++) {
            float x = c < RIGHT_EDGES.length ? MARGIN + RIGHT_EDGES[c] - font.width(HEADINGS[c], SIZE) : MARGIN + NAME_AT;
            bold(content, font, HEADINGS[c], SIZE, x, y);
        }
        content.setStrokingColor(0.5f, 0.5f, 0.5f);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y - 3.5f);
        content.lineTo(pageWidth - MARGIN, y - 3.5f);
        content.stroke();

        // Every other row shaded, so the eye can follow a line to its name.
        content.setNonStrokingColor(0.94f, 0.95f, 0.97f);
        for (int r = 1; r < rows.size(); r += 2) {
            content.addRect(MARGIN, y - 4 - (r + 1) * LEADING + 0.5f - 2.5f, pageWidth - 2 * MARGIN, LEADING);
        }
        content.fill();

        content.setNonStrokingColor(0f, 0f, 0f);
        content.beginText();
        content.setFont(font.pdFont(), SIZE);
        float lastX = 0;
        float lastY = 0;
        float nameRoom = pageWidth - 2 * MARGIN - NAME_AT;
        for (int r = 0; r < rows.size(); r++) {
            float rowY = y - 4 - (r + 1) * LEADING;
            String[] cells = cells(rows.get(r), total, values);
            for (int c = 0; c < cells.length; c++) {
                String text = c < RIGHT_EDGES.length ? cells[c] : font.fit(cells[c], SIZE, nameRoom, true, 1);
                float x = c < RIGHT_EDGES.length ? MARGIN + RIGHT_EDGES[c] - font.width(text, SIZE) : MARGIN + NAME_AT;
                content.newLineAtOffset(x - lastX, rowY - lastY);
                lastX = x;
                lastY = rowY;
                content.showText(text == null ? "" : text);
            }
        }
        content.endText();
    }

    private static void bold(PDPageContentStream content, TextFont font, String text, float size, float x, float y)
            throws IOException {
        content.setStrokingColor(0f, 0f, 0f);
        content.setLineWidth(size / 45);
        content.beginText();
        content.setRenderingMode(RenderingMode.FILL_STROKE);
        content.setFont(font.pdFont(), size);
        content.newLineAtOffset(x, y);
        content.showText(font.printable(text));
        content.setRenderingMode(RenderingMode.FILL);
        content.endText();
    }

    private static int rowsOnFirstPage() {
        float header = TITLE_SIZE + 8 + EXPLANATION.length * LEADING + 6 + 3 * (LEADING + 1) + 6;
        return rowsBelow(header);
    }

    private static int rowsOnNextPages() {
        return rowsBelow(0);
    }

    private static int rowsBelow(float header) {
        float room = landscape().getHeight() - 2 * MARGIN - header - LEADING - 4;
        return (int) (room / LEADING);
    }

    static PDRectangle landscape() {
        return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    }
}
