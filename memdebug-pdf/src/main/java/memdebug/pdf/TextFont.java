package memdebug.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded font of one document, made safe for any Java name: a character the font has no
 * glyph for prints as {@code ?} instead of failing, and text is measured so it can be cut to fit.
 * Glyph checks and widths are cached per code point. Close it after the document is saved.
 *
 * <p>The font's glyph substitutions (GSUB: ligatures and the like) are off: Java names and numbers
 * want none, and PDFBox 3 would otherwise run them over every string shown, which took 60% of the
 * time of a report with two top tables.
 */
final class TextFont implements Closeable {

    private static final int MISSING = '?';
    private static final String ELLIPSIS = "\u2026";

    private final PDFont font;
    private final TrueTypeFont trueType;
    /** Advance width per point of font size; absent until first asked, NaN for a missing glyph. */
    private final Map<Integer, Float> advances = new HashMap<>();

    private TextFont(PDFont font, TrueTypeFont trueType) {
        this.font = font;
        this.trueType = trueType;
    }

    /** Embeds Liberation Sans (subset to the glyphs used) into {@code document}. */
    static TextFont embed(PDDocument document) throws IOException {
        TrueTypeFont trueType = new TTFParser().parse(new RandomAccessReadBuffer(FontData.liberationSans()));
        try {
            trueType.setEnableGsub(false);
            return new TextFont(PDType0Font.load(document, trueType, true), trueType);
        } catch (IOException | RuntimeException e) {
            trueType.close();
            throw e;
        }
    }

    /** Releases the parsed font; call it after the document is saved (subsetting reads it). */
    @Override
    public void close() throws IOException {
        trueType.close();
    }

    /** {@code text} with every character the font lacks replaced by {@code ?}; null becomes "". */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Float.isNaN(advance(cp))) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append((char) MISSING);
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** The width in points of printable {@code text} at {@code size}. */
    float width(String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float advance = advance(cp);
            width += Float.isNaN(advance) ? advance(MISSING) : advance;
            i += Character.charCount(cp);
        }
        return width * size;
    }

    /**
     * {@code text} made printable and cut with "…" to fit {@code maxWidth}: the end is cut off, or
     * with {@code keepEnd} the start. Null when not even {@code minChars} characters and the "…" fit.
     */
    String fit(String text, float size, float maxWidth, boolean keepEnd, int minChars) {
        String printable = printable(text);
        if (width(printable, size) <= maxWidth) {
            return printable;
        }
        float room = maxWidth - width(ELLIPSIS, size);
        int[] cps = printable.codePoints().toArray();
        int kept = 0;
        float used = 0;
        while (kept < cps.length) {
            float w = width(Character.toString(cps[keepEnd ? cps.length - 1 - kept : kept]), size);
            if (used + w > room) {
                break;
            }
            used += w;
            kept++;
        }
        if (kept < Math.min(minChars, cps.length)) {
            return null;
        }
        String part = keepEnd
                ? new String(cps, cps.length - kept, kept)
                : new String(cps, 0, kept);
        return keepEnd ? ELLIPSIS + part : part + ELLIPSIS;
    }

    /**
     * {@code text} made printable and broken at spaces into lines of at most {@code maxWidth}; a
     * word longer than a line is cut with "…", and when more than {@code maxLines} lines would be
     * needed, the last one shown is cut with "…". At least one line (maybe empty).
     */
    List<String> wrap(String text, float size, float maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && width(line + " " + word, size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), Math.max(1, maxLines)); i++) {
            boolean last = i == Math.max(1, maxLines) - 1 && lines.size() > i + 1;
            String cut = fit(last ? lines.get(i) + " " + lines.get(i + 1) : lines.get(i), size, maxWidth, false, 1);
            shown.add(cut == null ? "" : cut);
        }
        return shown;
    }

    /** Writes printable {@code text} with its baseline starting at (x, y). */
    void show(PDPageContentStream content, String text, float size, float x, float y) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The PDFBox font, for drawing several texts in one text object. */
    PDFont pdFont() {
        return font;
    }

    private float advance(int codePoint) {
        Float known = advances.get(codePoint);
        if (known == null) {
            known = measure(codePoint);
            advances.put(codePoint, known);
        }
        return known;
    }

    private float measure(int codePoint) {
        if (Character.isISOControl(codePoint) || !Character.isValidCodePoint(codePoint)) {
            return Float.NaN;
        }
        try {
            // encode throws for a character without a glyph; that is the check.
            return font.getStringWidth(Character.toString(codePoint)) / 1000f;
        } catch (IOException | IllegalArgumentException e) {
            return Float.NaN;
        }
    }
}
