package memdebug.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import memdebug.spi.ReadingGuide;
import memdebug.spi.StackIndex;
import memdebug.spi.TopTable;

/**
 * Draws a {@link TopTable} on landscape pages like {@code pprof -top} prints it: a title, what the
 * columns mean, pprof's header lines, then flat, flat%, sum%, cum, cum% right-aligned and the
 * function name, one row a line. Each table starts on a new page.
 */
final class TopTablePainter {

    /** Pages per table at most; rows beyond them are cut, and the header says so as pprof does. */
    static final int MAX_PAGES = 3;

    private static final float MARGIN = 28f;
    private static final float TITLE_SIZE = 13f;
    private static final float SIZE = 8f;
    private static final float LEADING = 10.5f;
    /** Paragraphs of the explanation ({@link ReadingGuide#tableColumns}) and lines each may take. */
    private static final int PARAGRAPHS = 2;
    private static final int EXPLANATION_LINES = 2;
    /** Lines of pprof's header at most: "Showing nodes…", "Dropped…", "Showing top…". */
    private static final int SUMMARY_LINES = 3;
    private static final String[] HEADINGS = {"flat", "flat%", "sum%", "cum", "cum%", "function"};
    /** Right edges of the five number columns, from the left margin; the name starts after. */
    private static final float[] RIGHT_EDGES = {52, 97, 142, 200, 245};
    private static final float NAME_AT = 257;

    private TopTablePainter() {
    }

    /** How many rows of one table fit on {@link #MAX_PAGES} pages, header included. */
    static int capacity() {
        return rowsOnFirstPage() + (MAX_PAGES - 1) * rowsOnNextPages();
    }

    /** Adds the pages of {@code table} to {@code document}. */
    static void paint(PDDocument document, TextFont font, StackIndex index, TopTable table) throws IOException {
        PDRectangle size = landscape();
        List<TopTable.Row> rows = table.rows();
        int from = 0;
        boolean firstPage = true;
        do {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = size.getHeight() - MARGIN;
                if (firstPage) {
                    y = paintHeader(content, font, index, table, y);
                }
                int count = Math.min(rows.size() - from, firstPage ? rowsOnFirstPage() : rowsOnNextPages());
                paintRows(content, font, table, rows.subList(from, from + count), y, size.getWidth());
                from += count;
            }
            firstPage = false;
        } while (from < rows.size());
    }

    /** The lines above the column headings: pprof's header, or that there is nothing to show. */
    static List<String> summary(TopTable table) {
        List<String> lines = new ArrayList<>(table.header());
        if (table.rows().isEmpty()) {
            lines.add("no samples in this interval");
        }
        return lines;
    }

    private static float paintHeader(PDPageContentStream content, TextFont font, StackIndex index, TopTable table,
                                     float top) throws IOException {
        float y = top - TITLE_SIZE;
        float width = landscape().getWidth() - 2 * MARGIN;
        content.setNonStrokingColor(0f, 0f, 0f);
        bold(content, font, font.fit(ReadingGuide.tableTitle(index, table.order()), TITLE_SIZE, width, false, 1),
                TITLE_SIZE, MARGIN, y);
        y -= 8;
        content.setNonStrokingColor(0.3f, 0.3f, 0.3f);
        for (String paragraph : ReadingGuide.tableColumns(index, table.order())) {
            for (String line : font.wrap(paragraph, SIZE, width, EXPLANATION_LINES)) {
                y -= LEADING;
                font.show(content, line, SIZE, MARGIN, y);
            }
        }
        y -= 6;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (String line : summary(table)) {
            y -= LEADING + 1;
            font.show(content, font.printable(line), SIZE + 1, MARGIN, y);
        }
        return y - 6;
    }

    private static void paintRows(PDPageContentStream content, TextFont font, TopTable table, List<TopTable.Row> rows,
                                  float top, float pageWidth) throws IOException {
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
            List<String> cells = table.cells(rows.get(r));
            for (int c = 0; c < cells.size(); c++) {
                String text = c < RIGHT_EDGES.length ? cells.get(c) : font.fit(cells.get(c), SIZE, nameRoom, true, 1);
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
        float header = TITLE_SIZE + 8 + PARAGRAPHS * EXPLANATION_LINES * LEADING + 6 + SUMMARY_LINES * (LEADING + 1) + 6;
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
