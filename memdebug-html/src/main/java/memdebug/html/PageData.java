package memdebug.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data section of a page the converter wrote: its string pool and its frame calls, in the
 * layout the converter itself reads back ({@code FlameGraph.parseHtml}: a {@code const cpool}
 * line, one quoted string a line, {@code unpack(cpool);}, a blank line, one {@code f}/{@code u}/{@code n}
 * call a line, a blank line, {@code search(}). Each line is checked, so only strings and calls
 * with numbers move into memdebug's script.
 *
 * @param start  where the section starts in the page (at {@code const cpool = [})
 * @param end    where it ends (before {@code search(})
 * @param depth  the number of levels the page allocates ({@code const levels = Array(N)})
 * @param pool   the string pool lines, each a quoted string with {@code </} written {@code <\/}
 * @param frames the frame call lines
 */
record PageData(int start, int end, int depth, String pool, String frames) {

    private static final String POOL_START = "const cpool = [\n";
    private static final String POOL_END = "\n];\nunpack(cpool);\n\n";
    private static final String FRAMES_END = "\n\nsearch(";
    private static final Pattern DEPTH = Pattern.compile("const levels = Array\\((\\d+)\\);");
    private static final Pattern POOL_LINE = Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)*',?");
    private static final Pattern FRAME_LINE = Pattern.compile("[fun]\\(-?\\d+(?:,-?\\d+)*\\)");

    /**
     * Reads the data section of {@code page}.
     *
     * @throws IllegalStateException when the page is not laid out as jfr-converter 4.5 lays it out
     */
    static PageData of(String page) {
        int start = once(page, POOL_START);
        int poolEnd = page.indexOf(POOL_END, start);
        int framesEnd = poolEnd < 0 ? -1 : page.indexOf(FRAMES_END, poolEnd);
        Matcher depth = DEPTH.matcher(page);
        if (poolEnd < 0 || framesEnd < 0 || !depth.find()) {
            throw new IllegalStateException("the converter's page has no data section where jfr-converter 4.5 puts it");
        }
        String pool = page.substring(start + POOL_START.length(), poolEnd);
        String frames = page.substring(poolEnd + POOL_END.length(), framesEnd);
        check(pool, POOL_LINE);
        check(frames, FRAME_LINE);
        // A name holding "</script>" must not end the script element: "<\/" is the same string in JavaScript.
        pool = pool.replace("</", "<\\/").replace("<!--", "<\\!--");
        return new PageData(start, framesEnd, Integer.parseInt(depth.group(1)), pool, frames);
    }

    /** The section as it goes back into the page: pool, {@code unpack}, frames. */
    String section() {
        return POOL_START + pool + POOL_END + frames;
    }

    private static int once(String page, String anchor) {
        int at = page.indexOf(anchor);
        if (at < 0 || page.indexOf(anchor, at + 1) >= 0) {
            throw new IllegalStateException("the converter's page has " + (at < 0 ? "no" : "more than one")
                    + " '" + anchor.strip() + "'");
        }
        return at;
    }

    private static void check(String lines, Pattern line) {
        for (String l : lines.split("\n", -1)) {
            if (!line.matcher(l).matches()) {
                throw new IllegalStateException("unexpected line in the converter's page data: "
                        + (l.length() > 80 ? l.substring(0, 80) + "…" : l));
            }
        }
    }
}
