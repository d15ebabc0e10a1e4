package memdebug.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import memdebug.spi.FrameKind;
import memdebug.spi.Legend;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ReadingGuide;
import memdebug.spi.StackIndex;
import memdebug.spi.StackProfile;
import memdebug.spi.TopTable;

/**
 * One report, from profile to bytes: indexes the stacks by function, ranks the functions twice (by
 * flat and by cum), lays out the flame graph, then draws page 1 (legend, reading guide with color
 * key, flame graph; landscape A4, taller when the graph is deep) and the pages of the two top
 * tables (landscape A4). All wording comes from the shared helpers of {@code memdebug.spi}, so it
 * follows the profile's kind. Everything in the file derives from the profile, dates and file ID
 * included, so the same profile gives the same bytes.
 */
final class ReportDocument {

    private static final float MARGIN = 28f;
    private static final float LEGEND_WIDTH = 450f;
    private static final float GAP = 14f;
    /** The flame graph keeps at least this much height on page 1, however long the legend. */
    private static final float MIN_GRAPH_HEIGHT = 150f;
    /** Page 1 grows for deep flame graphs up to twice the height of landscape A4. */
    private static final float MAX_PAGE_HEIGHT = 2 * PDRectangle.A4.getWidth();

    private ReportDocument() {
    }

    /** Draws {@code profile} as a PDF into {@code out}, which is left open. */
    static void write(StackProfile profile, ZoneId zone, OutputStream out) throws IOException {
        StackIndex index = StackIndex.of(profile);
        TopTable byFlat = TopTable.of(index, TopTable.Order.FLAT, TopTablePainter.capacity());
        TopTable byCum = TopTable.of(index, TopTable.Order.CUM, TopTablePainter.capacity());
        StackTrie trie = StackTrie.of(index);
        List<FrameKind> kinds = List.copyOf(index.frameKinds());

        PDRectangle standard = TopTablePainter.landscape();
        float width = standard.getWidth() - 2 * MARGIN;
        float keyLeft = MARGIN + LEGEND_WIDTH + GAP + 4;
        float keyWidth = standard.getWidth() - MARGIN - keyLeft;
        try (PDDocument document = new PDDocument(); TextFont font = TextFont.embed(document)) {
            describe(document, profile);
            List<String> legend = new ArrayList<>(
                    LegendPainter.lines(font, Legend.lines(index, byFlat.values(), zone), LEGEND_WIDTH));
            List<String> guide = LegendPainter.guide(font, ReadingGuide.flameGraph(index), keyWidth);
            // The legend's lines, and one for what the graph prunes, are known before the graph's layout.
            float header = Math.max(LegendPainter.boxHeight(legend.size() + 1),
                    LegendPainter.keyHeight(guide.size(), kinds.size())) + GAP;
            float usual = Math.max(MIN_GRAPH_HEIGHT, standard.getHeight() - 2 * MARGIN - header);
            FlameGraphPainter graph = new FlameGraphPainter(MARGIN, width, usual, MAX_PAGE_HEIGHT - 2 * MARGIN - header);
            FlameLayout layout = FlameLayout.of(trie, graph.minWeight(trie.total()), graph.depthLimit());
            legend.add(font.fit(LegendPainter.pruned(index, layout, FlameGraphPainter.MIN_BOX_PT), LegendPainter.SIZE,
                    LEGEND_WIDTH - 2 * LegendPainter.PADDING - 4, false, 1));
            // A deep graph makes page 1 taller rather than its labels unreadable.
            float needed = 2 * MARGIN + header + graph.height(layout);
            PDRectangle size = needed <= standard.getHeight() + 0.5f ? standard
                    : new PDRectangle(standard.getWidth(), (float) Math.ceil(needed));
            float top = size.getHeight() - MARGIN;

            PDPage first = new PDPage(size);
            document.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                LegendPainter.paintLegend(content, font, legend, MARGIN, top, LEGEND_WIDTH);
                LegendPainter.paintKey(content, font, guide, kinds, keyLeft, top, keyWidth);
                graph.paint(content, font, trie, layout, byFlat.values(), top - header);
            }
            TopTablePainter.paint(document, font, index, byFlat);
            TopTablePainter.paint(document, font, index, byCum);
            document.save(out);
        }
    }

    /** Title, dates and file ID from the profile, not from the clock, so output is repeatable. */
    private static void describe(PDDocument document, StackProfile profile) {
        ProfileInfo info = profile.info();
        PDDocumentInformation meta = document.getDocumentInformation();
        meta.setTitle(profile.kind().id() + " profile of " + info.program());
        meta.setSubject(info.backend() + " (" + info.engine() + "), " + info.start() + " to " + info.end());
        meta.setCreator("memdebug");
        meta.setProducer("memdebug-pdf with Apache PDFBox");
        // PDF date strings written as they are (D:YYYYMMDDHHmmSSZ): PDFBox's Calendar route loads
        // time-zone and calendar data a report does not need.
        String date = pdfDate(info.end());
        meta.getCOSObject().setString(COSName.CREATION_DATE, date);
        meta.getCOSObject().setString(COSName.MOD_DATE, date);

        byte[] id = digest(profile.kind().id() + '\n' + info.program() + '\n' + info.backend() + '\n' + info.start() + '\n' + info.end());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** {@code D:20251124160000Z}: a PDF date in UTC. */
    static String pdfDate(java.time.Instant at) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, java.time.ZoneOffset.UTC);
        StringBuilder b = new StringBuilder("D:");
        for (int[] part : new int[][] {{t.getYear(), 4}, {t.getMonthValue(), 2}, {t.getDayOfMonth(), 2}, {t.getHour(), 2},
                {t.getMinute(), 2}, {t.getSecond(), 2}}) {
            String digits = Integer.toString(part[0]);
            b.append("0".repeat(Math.max(0, part[1] - digits.length()))).append(digits);
        }
        return b.append('Z').toString();
    }

    /**
     * A file ID of 16 bytes derived from {@code text}: two 64-bit FNV-1a hashes with different
     * starts. A file ID needs to be unique and repeatable, not secret; MD5's first use costs a
     * report about 10 ms.
     */
    static byte[] digest(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] id = new byte[16];
        long[] h = {0xcbf29ce484222325L, 0x84222325cbf29ce4L};
        for (int k = 0; k < 2; k++) {
            for (byte b : bytes) {
                h[k] = (h[k] ^ (b & 0xff)) * 0x100000001b3L;
            }
            for (int i = 0; i < 8; i++) {
                id[k * 8 + i] = (byte) (h[k] >>> (56 - 8 * i));
            }
        }
        return id;
    }
}
