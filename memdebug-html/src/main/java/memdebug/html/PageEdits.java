package memdebug.html;

/**
 * The few edits memdebug makes to the converter's page, each at a fixed piece of its text that must
 * occur exactly once, so that a converter whose page changed fails loudly (in memdebug's tests, and
 * as a logged report failure) instead of drawing a wrong page:
 * <ol>
 * <li>a {@code <title>} after {@code <meta charset>};
 * <li>memdebug's styles at the end of the {@code <style>} element;
 * <li>the frame-type keys of the info pop-up (from the first {@code <dl class='frames'>} to the
 *     hotkeys) replaced by memdebug's kinds;
 * <li>memdebug's legend, reading guide, color key and tools, and the script that colors boxes, before
 *     the canvas;
 * <li>each box colored by {@code mdColor(key)} (kind and name) instead of a random shade of its type,
 *     and its kind kept in it;
 * <li>the status bar naming what a box is from its kind ("Function", "Allocated type");
 * <li>memdebug's script (values in the profile's unit, reset, search box, callers view) after the
 *     page's script.
 * </ol>
 */
final class PageEdits {

    static final String META = "<meta charset='utf-8'>";
    static final String STYLE_END = "</style>";
    static final String KEY_START = "<dl class='frames'>";
    static final String KEY_END = "<dl class='hotkeys'>";
    static final String CANVAS = "<canvas id='canvas'></canvas>";
    static final String COLOR = "getColor(palette[key & 7])";
    static final String STATUS = "status.textContent = 'Function: ' + canvas.title;";
    static final String PAGE_END = "</script></body></html>";

    private PageEdits() {
    }

    /**
     * The page with memdebug's parts in.
     *
     * @param page   the converter's page, its data section already rewritten
     * @param title  the page title, HTML-escaped
     * @param css    styles to add
     * @param key    the info pop-up's key: {@code <dl>} elements
     * @param header HTML before the canvas
     * @param script JavaScript to run after the page's own script
     * @throws IllegalStateException when a piece of the converter's page is missing or repeated
     */
    static String apply(String page, String title, String css, String key, String header, String script) {
        String p = replaceOnce(page, META, META + "\n<title>" + title + "</title>");
        p = replaceOnce(p, STYLE_END, css + STYLE_END);
        int keyEnd = once(p, KEY_END);
        int keyStart = p.indexOf(KEY_START);
        if (keyStart < 0 || keyStart > keyEnd) {
            throw new IllegalStateException("the converter's page has no '" + KEY_START + "' before its hotkeys");
        }
        p = p.substring(0, keyStart) + key + p.substring(keyEnd);
        p = replaceOnce(p, CANVAS, header + CANVAS);
        p = replaceOnce(p, COLOR, "mdColor(key), kind: key & 7");
        p = replaceOnce(p, STATUS, "status.textContent = mdData.kinds[f.kind].label + ': ' + canvas.title;");
        int end = p.lastIndexOf(PAGE_END);
        if (end < 0 || !p.substring(end + PAGE_END.length()).isBlank()) {
            throw new IllegalStateException("the converter's page does not end with " + PAGE_END);
        }
        return p.substring(0, end) + "</script>\n<script>\n" + script + "</script></body></html>\n";
    }

    private static String replaceOnce(String page, String anchor, String replacement) {
        int at = once(page, anchor);
        return page.substring(0, at) + replacement + page.substring(at + anchor.length());
    }

    private static int once(String page, String anchor) {
        int at = page.indexOf(anchor);
        if (at < 0 || page.indexOf(anchor, at + 1) >= 0) {
            throw new IllegalStateException("the converter's page has " + (at < 0 ? "no" : "more than one")
                    + " '" + anchor + "'");
        }
        return at;
    }
}
