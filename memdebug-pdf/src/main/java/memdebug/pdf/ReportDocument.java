package memdebug.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

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
        Calendar end = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        end.setTimeInMillis(info.end().toEpochMilli());
        meta.setCreationDate(end);
        meta.setModificationDate(end);

        byte[] id = digest(profile.kind().id() + '\n' + info.program() + '\n' + info.backend() + '\n' + info.start() + '\n' + info.end());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            return text.getBytes(StandardCharsets.UTF_8); // MD5 is in every JDK; never reached
        }
    }
}
