package memdebug.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
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

import memdebug.spi.ProfileInfo;
import memdebug.spi.StackProfile;

/**
 * One report, from profile to bytes: ranks the functions, lays out the flame graph, then draws
 * page 1 (legend, reading guide with color key, flame graph; landscape A4, taller when the graph
 * is deep) and the top table pages (landscape A4). Everything
 * in the file derives from the profile, dates and file ID included, so the same profile gives the
 * same bytes.
 */
final class ReportDocument {

    private static final float MARGIN = 28f;
    private static final float LEGEND_WIDTH = 450f;
    private static final float GAP = 14f;
    /** Page 1 grows for deep flame graphs up to twice the height of landscape A4. */
    private static final float MAX_PAGE_HEIGHT = 2 * PDRectangle.A4.getWidth();

    private ReportDocument() {
    }

    /** Draws {@code profile} as a PDF into {@code out}, which is left open. */
    static void write(StackProfile profile, ZoneId zone, OutputStream out) throws IOException {
        WeightBasis basis = WeightBasis.of(profile);
        StackTrie trie = StackTrie.of(profile.stacks(), basis);
        TopTable table = TopTable.of(trie, TopTablePainter.capacity());
        ValueFormat values = ValueFormat.forValues(basis, table.smallestFlat(), table.largestCum());

        PDRectangle standard = TopTablePainter.landscape();
        float width = standard.getWidth() - 2 * MARGIN;
        // The legend has a fixed number of lines, so the graph's room is known before its layout.
        float header = LegendPainter.boxHeight(10) + GAP;
        float usual = standard.getHeight() - 2 * MARGIN - header;
        FlameGraphPainter graph = new FlameGraphPainter(MARGIN, width, usual, MAX_PAGE_HEIGHT - 2 * MARGIN - header);
        FlameLayout layout = FlameLayout.of(trie, graph.minWeight(trie.total()), graph.depthLimit());
        List<String> legend = Legend.lines(profile, basis, values, layout, FlameGraphPainter.MIN_BOX_PT, zone);
        // A deep graph makes page 1 taller rather than its labels unreadable.
        float needed = 2 * MARGIN + header + graph.height(layout);
        PDRectangle size = needed <= standard.getHeight() + 0.5f ? standard
                : new PDRectangle(standard.getWidth(), (float) Math.ceil(needed));
        float top = size.getHeight() - MARGIN;

        try (PDDocument document = new PDDocument()) {
            describe(document, profile.info());
            TextFont font = TextFont.embed(document);
            PDPage first = new PDPage(size);
            document.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                LegendPainter.paintLegend(content, font, legend, MARGIN, top, LEGEND_WIDTH);
                float keyLeft = MARGIN + LEGEND_WIDTH + GAP + 4;
                LegendPainter.paintKey(content, font, keyLeft, top, size.getWidth() - MARGIN - keyLeft);
                graph.paint(content, font, trie, layout, values, top - header);
            }
            TopTablePainter.paint(document, font, table, values);
            document.save(out);
        }
    }

    /** Title, dates and file ID from the profile, not from the clock, so output is repeatable. */
    private static void describe(PDDocument document, ProfileInfo info) {
        PDDocumentInformation meta = document.getDocumentInformation();
        meta.setTitle("CPU profile of " + info.program());
        meta.setSubject(info.backend() + " (" + info.engine() + "), " + info.start() + " to " + info.end());
        meta.setCreator("memdebug");
        meta.setProducer("memdebug-pdf with Apache PDFBox");
        Calendar end = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        end.setTimeInMillis(info.end().toEpochMilli());
        meta.setCreationDate(end);
        meta.setModificationDate(end);

        byte[] id = digest(info.program() + '\n' + info.backend() + '\n' + info.start() + '\n' + info.end());
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
