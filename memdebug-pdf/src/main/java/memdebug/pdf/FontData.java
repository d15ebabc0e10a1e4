package memdebug.pdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The bytes of the TrueType font every report embeds: Liberation Sans, shipped inside PDFBox.
 * Read once per JVM; a {@code PDFont} belongs to one document, so each report parses these bytes
 * into its own.
 */
final class FontData {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static byte[] bytes;

    private FontData() {
    }

    /** The font file's bytes; shared, do not modify. */
    static synchronized byte[] liberationSans() throws IOException {
        if (bytes == null) {
            // Resources of an automatic module are open, on the module path as on the class path.
            try (InputStream in = PDDocument.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("font " + RESOURCE + " not found in the PDFBox jar; is pdfbox 3.x on the path?");
                }
                bytes = in.readAllBytes();
            }
        }
        return bytes;
    }
}
