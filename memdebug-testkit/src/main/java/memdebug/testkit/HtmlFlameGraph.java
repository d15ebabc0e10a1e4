package memdebug.testkit;

import java.util.List;

/**
 * A memdebug HTML report open in a browser, read and used as a person would: boxes found by the
 * function they show, clicked and hovered with the mouse, searched through the search box, and what
 * the page then shows read back. Where a box is comes from the page's own layout (the variables of
 * async-profiler's flame graph script: {@code levels}, {@code root}, {@code px}, {@code inverted}).
 */
public final class HtmlFlameGraph {

    /**
     * A box as drawn now.
     *
     * @param level  its row, 0 for the root
     * @param width  its width in the report's values (nanoseconds, bytes, samples)
     * @param x      its left edge in the viewport, CSS pixels (left of the canvas when zoomed past it)
     * @param y      its top edge in the viewport
     * @param pixels its drawn width, CSS pixels
     */
    public record Box(int level, double width, double x, double y, double pixels) {
    }

    private final BrowserPage page;

    /** The report open in {@code page}. */
    public HtmlFlameGraph(BrowserPage page) {
        this.page = page;
    }

    /** The page. */
    public BrowserPage page() {
        return page;
    }

    /** The canvas in the viewport as it is scrolled now: x, y, width, height (reading it scrolls nothing). */
    public double[] canvas() {
        List<?> r = (List<?>) page.eval("(function () { const r = canvas.getBoundingClientRect();"
                + " return [r.x, r.y, r.width, r.height]; })()");
        return new double[] {((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue(),
            ((Number) r.get(2)).doubleValue(), ((Number) r.get(3)).doubleValue()};
    }

    /**
     * The widest box of function {@code name} in the view shown, scrolled into sight.
     *
     * @throws AssertionError when no box shows that function
     */
    public Box box(String name) {
        String find = "(function (name) { let best = null;"
                + " for (const row of levels) for (const f of row) if (f.title === name && (!best || f.width > best.width)) best = f;"
                + " return best; })(" + Json.write(name) + ")";
        Object level = page.eval("(function (b) { if (!b) return null;"
                + " const top = canvas.offsetTop + (inverted ? b.level * 16 : canvasHeight - (b.level + 1) * 16);"
                + " window.scrollTo(0, Math.max(0, top - innerHeight / 2)); return b.level; })(" + find + ")");
        if (level == null) {
            throw new AssertionError("no box shows " + name);
        }
        // Let the scroll land (and the page react to it) before reading where the box is.
        page.eval("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(1))))");
        List<?> b = (List<?>) page.eval("(function (b) { const c = canvas.getBoundingClientRect();"
                + " const y = inverted ? b.level * 16 : canvasHeight - (b.level + 1) * 16;"
                + " return [b.level, b.width, (b.left - root.left) * px + c.x, y + c.y, b.width * px]; })(" + find + ")");
        return new Box(((Number) b.get(0)).intValue(), ((Number) b.get(1)).doubleValue(), ((Number) b.get(2)).doubleValue(),
                ((Number) b.get(3)).doubleValue(), ((Number) b.get(4)).doubleValue());
    }

    /**
     * Clicks the middle of the visible part of {@code name}'s widest box, as a person does: points
     * at it first and clicks once the status bar names it (the page may still be laying itself out
     * when it is first read).
     *
     * @throws AssertionError when the box never shows under the pointer
     */
    public void click(String name) {
        String shown = "";
        for (int attempt = 0; attempt < 20; attempt++) {
            Box b = box(name);
            double[] c = canvas();
            double left = Math.max(b.x(), c[0]);
            double right = Math.min(b.x() + b.pixels(), c[0] + c[2]);
            double x = (left + right) / 2;
            double y = b.y() + 7;
            shown = hover(x, y);
            if (shown.contains(": " + name + " (")) {
                page.click(x, y);
                return;
            }
            page.eval("new Promise(done => setTimeout(() => requestAnimationFrame(() => done(1)), 50))");
        }
        throw new AssertionError("the pointer on " + name + "'s box shows: " + shown);
    }

    /**
     * What the status bar says with the mouse at (x, y): {@code Function: NAME (VALUE, SHARE%)}
     * ({@code Allocated type: …} on an allocated type's box), or empty where no box is.
     */
    public String hover(double x, double y) {
        page.hover(x, y);
        Object shown = page.eval("getComputedStyle(document.getElementById('status')).display === 'none'"
                + " ? '' : document.getElementById('status').textContent");
        return String.valueOf(shown).replace('\n', ' ');
    }

    /** The color drawn at (x, y) of the viewport, as {@code #rrggbb}. */
    public String color(double x, double y) {
        return (String) page.eval("(function () { const r = canvas.getBoundingClientRect();"
                + " const d = c.getImageData(Math.round((" + x + " - r.x) * devicePixelRatio), Math.round((" + y
                + " - r.y) * devicePixelRatio), 1, 1).data;"
                + " return '#' + [d[0], d[1], d[2]].map(v => v.toString(16).padStart(2, '0')).join(''); })()");
    }

    /** Types {@code regexp} into the search box, as a person does; {@link #matched()} then says the share. */
    public void search(String regexp) {
        page.eval("document.getElementById('md-search').value = ''");
        page.type("#md-search", regexp);
    }

    /** The matched share the page shows, for example {@code "24.87%"}; empty when no search is on. */
    public String matched() {
        Object shown = page.eval("getComputedStyle(document.getElementById('match')).display === 'none'"
                + " ? '' : document.getElementById('matchval').textContent");
        return String.valueOf(shown);
    }

    /** {@link #matched()} as a fraction: {@code 0.2487}. */
    public double matchedShare() {
        String text = matched();
        if (!text.endsWith("%")) {
            throw new AssertionError("no matched share shown: '" + text + "'");
        }
        return Double.parseDouble(text.substring(0, text.indexOf('%'))) / 100;
    }

    /** Clicks the page's Reset zoom button. */
    public void reset() {
        page.click("#md-reset");
    }

    /** Clicks the page's callers / callees view button. */
    public void toggleCallers() {
        page.click("#md-callers");
    }
}
