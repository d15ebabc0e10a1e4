package memdebug.testkit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One browser tab, driven as a person would: real mouse and keyboard events through the DevTools
 * protocol, and what the page shows read back. From the moment it opens, the tab records every
 * network request it makes ({@link #requests()}) and every script error ({@link #errors()}).
 */
public final class BrowserPage implements AutoCloseable {

    private final DevTools devTools;
    private final String target;
    private final String session;
    private final int firstEvent;
    private final String url;

    private BrowserPage(DevTools devTools, String target, String session, int firstEvent, String url) {
        this.devTools = devTools;
        this.target = target;
        this.session = session;
        this.firstEvent = firstEvent;
        this.url = url;
    }

    static BrowserPage open(DevTools devTools, String url, int width, int height) {
        String target = (String) devTools.send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId");
        String session = (String) devTools.send(null, "Target.attachToTarget",
                Map.of("targetId", target, "flatten", true)).get("sessionId");
        devTools.send(session, "Page.enable", Map.of());
        devTools.send(session, "Runtime.enable", Map.of());
        devTools.send(session, "Network.enable", Map.of());
        devTools.send(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        int first = devTools.eventCount();
        devTools.send(session, "Page.navigate", Map.of("url", url));
        devTools.await(first, e -> session.equals(e.session()) && "Page.loadEventFired".equals(e.method()), "load of " + url);
        return new BrowserPage(devTools, target, session, first, url);
    }

    /** The URL opened. */
    public String url() {
        return url;
    }

    /**
     * The value of a JavaScript expression, evaluated in the page as a console would (the page's
     * global names are visible): a string, {@code Long}, {@code Double}, boolean, map, list or null.
     *
     * @throws AssertionError when it throws
     */
    public Object eval(String expression) {
        Map<String, Object> r = devTools.send(session, "Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.get("exceptionDetails") != null) {
            throw new AssertionError("script failed: " + expression + "\n" + Json.write(r.get("exceptionDetails")));
        }
        return Json.at(r, "result", "value");
    }

    /** {@link #eval} of an expression whose value is a number. */
    public double number(String expression) {
        Object v = eval(expression);
        if (!(v instanceof Number n)) {
            throw new AssertionError(expression + " is not a number: " + v);
        }
        return n.doubleValue();
    }

    /** The text an element shows ({@code innerText}), or null when there is no such element. */
    public String text(String selector) {
        return (String) eval("(function (e) { return e ? e.innerText : null; })(document.querySelector("
                + Json.write(selector) + "))");
    }

    /** Moves the mouse to (x, y), in CSS pixels of the viewport. */
    public void hover(double x, double y) {
        mouse("mouseMoved", x, y, "none", 0);
    }

    /** A left click at (x, y): move, press, release, as a mouse does. */
    public void click(double x, double y) {
        hover(x, y);
        mouse("mousePressed", x, y, "left", 1);
        mouse("mouseReleased", x, y, "left", 1);
    }

    /** Scrolls {@code selector}'s element into view and clicks its middle. */
    public void click(String selector) {
        double[] r = rect(selector);
        click(r[0] + r[2] / 2, r[1] + r[3] / 2);
    }

    /**
     * Clicks into {@code selector}'s element and types {@code text} there key by key, so the page
     * sees each key's keydown, input and keyup events as from a keyboard.
     */
    public void type(String selector, String text) {
        click(selector);
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            devTools.send(session, "Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", ch, "text", ch, "unmodifiedText", ch));
            devTools.send(session, "Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", ch));
        });
    }

    /** Presses and releases one key, for example {@code "Escape"} or {@code "0"}. */
    public void press(String key, String code, int keyCode) {
        for (String type : List.of("keyDown", "keyUp")) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", type);
            p.put("key", key);
            p.put("code", code);
            p.put("windowsVirtualKeyCode", keyCode);
            if (type.equals("keyDown") && key.length() == 1) {
                p.put("text", key);
            }
            devTools.send(session, "Input.dispatchKeyEvent", p);
        }
    }

    /**
     * Where {@code selector}'s element is, after scrolling it into view: x, y, width, height in
     * viewport CSS pixels.
     */
    public double[] rect(String selector) {
        Object v = eval("(function (e) { if (!e) return null; e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })(document.querySelector("
                + Json.write(selector) + "))");
        if (!(v instanceof List<?> list)) {
            throw new AssertionError("no element " + selector + " in " + url);
        }
        double[] r = new double[4];
        for (int i = 0; i < 4; i++) {
            r[i] = ((Number) list.get(i)).doubleValue();
        }
        return r;
    }

    /** The URL of every request the tab made since it started loading, the page itself included. */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (DevTools.Event e : devTools.events(firstEvent)) {
            if (session.equals(e.session()) && "Network.requestWillBeSent".equals(e.method())) {
                urls.add(String.valueOf(Json.at(e.params(), "request", "url")));
            }
        }
        return urls;
    }

    /** Every uncaught script error and {@code console.error} of the tab since it started loading. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (DevTools.Event e : devTools.events(firstEvent)) {
            if (!session.equals(e.session())) {
                continue;
            }
            if ("Runtime.exceptionThrown".equals(e.method())) {
                errors.add(Json.write(e.params().get("exceptionDetails")));
            } else if ("Runtime.consoleAPICalled".equals(e.method()) && "error".equals(e.params().get("type"))) {
                errors.add(Json.write(e.params().get("args")));
            }
        }
        return errors;
    }

    /** A PNG of the viewport. */
    public byte[] screenshot() {
        String data = (String) devTools.send(session, "Page.captureScreenshot", Map.of("format", "png")).get("data");
        return Base64.getDecoder().decode(data);
    }

    /** Closes the tab. */
    @Override
    public void close() {
        devTools.send(null, "Target.closeTarget", Map.of("targetId", target));
    }

    private void mouse(String type, double x, double y, String button, int clicks) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("x", x);
        p.put("y", y);
        p.put("button", button);
        p.put("buttons", clicks > 0 && type.equals("mousePressed") ? 1 : 0);
        p.put("clickCount", clicks);
        devTools.send(session, "Input.dispatchMouseEvent", p);
    }
}
