package memdebug.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memdebug.spi.FrameColors;
import memdebug.spi.FrameKind;
import memdebug.spi.Legend;
import memdebug.spi.StackIndex;
import memdebug.spi.StackProfile;
import memdebug.spi.TopTable;
import memdebug.testkit.BrowserPage;
import memdebug.testkit.Chromium;
import memdebug.testkit.HtmlFlameGraph;

/**
 * The report in a real headless Chromium: each test opens a file from the file system, clicks,
 * searches and reads back what the page shows. Skipped where no Chromium is installed, unless
 * browser tests are required ({@code .ci/run} requires them).
 */
class FlameGraphInBrowserTest {

    private static final String MAIN = "com.example.App.main";
    private static final String HOT_A = "com.example.App.hotA";
    private static final String HOT_B = "com.example.App.hotB";
    private static final String HOT = "com.example.App.hot";

    private static Chromium chromium;

    @TempDir
    static Path dir;

    private BrowserPage page;

    @BeforeAll
    static void startChromium() throws IOException {
        Optional<Path> exe = Chromium.executable();
        assumeTrue(exe.isPresent(), "no chromium installed (apt-get install chromium); browser tests skipped");
        chromium = Chromium.start(exe.get());
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void noScriptErrors() {
        if (page != null) {
            List<String> errors = page.errors();
            page.close();
            assertEquals(List.of(), errors, "script errors in " + page.url());
        }
    }

    static Path write(StackProfile profile, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new HtmlReportProvider(ZoneOffset.UTC).write(profile, out);
        }
        return file;
    }

    private HtmlFlameGraph open(StackProfile profile, String name) throws IOException {
        page = chromium.open(write(profile, name), 1200, 800);
        return new HtmlFlameGraph(page);
    }

    @Test
    void clickingAFrameZoomsItToTheFullWidth() throws IOException {
        HtmlFlameGraph graph = open(Profiles.planted(), "zoom.html");
        double[] canvas = graph.canvas();
        HtmlFlameGraph.Box before = graph.box(HOT_A);
        assertEquals(canvas[2] * 600 / 950, before.pixels(), 1.0, "hotA is 600 of 950 ms wide before the click");

        graph.click(HOT_A);

        HtmlFlameGraph.Box after = graph.box(HOT_A);
        assertEquals(canvas[0], after.x(), 0.5, "starts at the left edge");
        assertEquals(canvas[2], after.pixels(), 0.5, "fills the width");
        double y = after.y() + 7;
        assertTrue(graph.hover(canvas[0] + 2, y).startsWith("Function: " + HOT_A + " (600ms, 63.16%)"), graph.hover(canvas[0] + 2, y));
        assertTrue(graph.hover(canvas[0] + canvas[2] - 2, y).startsWith("Function: " + HOT_A + " "), graph.hover(canvas[0] + canvas[2] - 2, y));
        assertEquals(canvas[2], graph.box(HOT).pixels(), 0.5, "hotA's only callee fills the width too");
    }

    @Test
    void searchHighlightsTheMatchesAndShowsTheirShareOfTheTotal() throws IOException {
        StackProfile profile = Profiles.planted();
        HtmlFlameGraph graph = open(profile, "search.html");
        assertEquals("", graph.matched(), "no search yet");

        graph.search("hotB");

        double cum = Profiles.cumShare(profile, HOT_B);
        assertEquals(0.2632, cum, 0.0001);
        assertEquals("26.32%", graph.matched());
        assertEquals(cum, graph.matchedShare(), 0.00005, "the top table's cum of hotB, recursion counted once");
        HtmlFlameGraph.Box b = graph.box(HOT_B);
        assertEquals("#ee00ee", graph.color(b.x() + 1, b.y() + 1), "matches are highlighted");
        HtmlFlameGraph.Box a = graph.box(HOT_A);
        assertNotEquals("#ee00ee", graph.color(a.x() + 1, a.y() + 1), "others are not");
    }

    @Test
    void resetShowsTheWholeGraphAgainAndKeepsTheSearch() throws IOException {
        HtmlFlameGraph graph = open(Profiles.planted(), "reset.html");
        double[] canvas = graph.canvas();
        graph.click(HOT_B);
        graph.search("App\\.hot$");
        assertEquals("100%", graph.matched(), "hot is all of hotB, the box zoomed in on");

        graph.reset();

        assertEquals(canvas[2], graph.box(MAIN).pixels(), 0.5, "main fills the width again");
        assertEquals(canvas[2] * 250 / 950, graph.box(HOT_B).pixels(), 1.0);
        assertEquals("89.47%", graph.matched(), "hot's share of the whole profile: 850 of 950 ms");
    }

    @Test
    void callersViewPutsTheRunningFunctionsAtTheTop() throws IOException {
        HtmlFlameGraph graph = open(Profiles.planted(), "callers.html");
        HtmlFlameGraph.Box root = graph.box("all");
        assertEquals(2, graph.box(HOT_A).level());

        graph.toggleCallers();

        HtmlFlameGraph.Box hot = graph.box(HOT);
        assertEquals(1, hot.level(), "hot runs: it is a root of the callers view");
        assertEquals(750e6, hot.width(), "hot's time: 500 + 200 + 50 ms");
        assertTrue(hot.y() < graph.box("all").y() + 20 && graph.box("all").y() < root.y(), "an icicle: the root on top");
        HtmlFlameGraph.Box b = graph.box(HOT_B);
        assertEquals(2, b.level(), "hotB called hot");
        assertEquals(250e6, b.width(), "with 250 ms (hotB;hotB;hot counted once at this level)");
        assertEquals(100e6, graph.box("__memmove_avx_unaligned").width());
        assertEquals("true", graph.page().eval("document.getElementById('md-callers').getAttribute('aria-pressed')"));

        graph.toggleCallers();

        assertEquals(2, graph.box(HOT_A).level(), "back to callees");
        assertEquals(root.y(), graph.box("all").y(), 0.5);
    }

    @Test
    void theCallersViewFitsWhenItIsDeeperThanTheCallees() throws IOException {
        // 20,000 threads each enter once (0.005% each: pruned), all to run the same chain: the callees
        // view keeps the root alone, the callers view the whole chain.
        List<memdebug.spi.StackSample> stacks = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            stacks.add(Profiles.stack(1, 1, List.of(memdebug.spi.Frame.java("Thread" + i + ".run"), Profiles.jit("a"),
                    Profiles.jit("b"), Profiles.jit("c"), Profiles.jit("d"), Profiles.jit("leaf"))));
        }
        HtmlFlameGraph graph = open(new StackProfile(memdebug.spi.ProfileKind.CPU, memdebug.spi.ProfileInfo.unknown(), stacks),
                "deeper.html");
        assertTrue(page.text("#md-legend").contains("Pruned: 120000 frames narrower than 0.01% (2ms)"), page.text("#md-legend"));
        graph.toggleCallers();
        double[] canvas = graph.canvas();
        HtmlFlameGraph.Box a = graph.box("a");
        assertEquals(5, a.level());
        assertTrue(a.y() + 15 <= canvas[1] + canvas[3], "row 5 is inside the canvas: " + a + " " + java.util.Arrays.toString(canvas));
        assertEquals("Function: a (20s, 100%)", graph.hover(canvas[0] + canvas[2] / 2, a.y() + 7));
    }

    @Test
    void boxesAreColoredByKindAsInThePdf() throws IOException {
        HtmlFlameGraph graph = open(Profiles.everyKind(), "kinds.html");
        for (FrameKind kind : FrameKind.values()) {
            String name = "fn" + kind;
            HtmlFlameGraph.Box b = graph.box(name);
            assertEquals(FrameColors.hex(FrameColors.of(kind, name)), graph.color(b.x() + 1, b.y() + 1), kind.toString());
        }
        HtmlFlameGraph.Box root = graph.box("all");
        assertEquals(FrameColors.hex(FrameColors.ROOT), graph.color(root.x() + 1, root.y() + 1));
    }

    @Test
    void aBoxOfSeveralKindsTakesTheColorOfTheHeaviest() throws IOException {
        HtmlFlameGraph graph = open(Profiles.planted(), "dominant.html");
        HtmlFlameGraph.Box main = graph.box(MAIN);
        assertEquals(FrameColors.hex(FrameColors.of(FrameKind.COMPILED, MAIN)), graph.color(main.x() + 1, main.y() + 1),
                "850 ms compiled over 100 ms interpreted: one box, compiled");
        assertEquals(1, graph.page().number("levels[1].length"), "one box for main, not one per kind");
    }

    @Test
    void anAllocationProfileSpeaksOfBytesAndTypes() throws IOException {
        HtmlFlameGraph graph = open(Profiles.allocations(), "alloc.html");
        assertTrue(page.text("#md-legend").contains("Type: alloc"), page.text("#md-legend"));
        assertTrue(page.text("#md-guide").contains("share of the allocated bytes"), page.text("#md-guide"));
        assertTrue(page.text("#md-guide").contains("The top edges are the allocated type"), page.text("#md-guide"));
        assertEquals("Flame graph of allocated bytes: myapp.jar", page.eval("document.title"));
        HtmlFlameGraph.Box bytes = graph.box("byte[]");
        assertEquals("Allocated type: byte[] (1.50MB, 60.00%)", graph.hover(bytes.x() + 2, bytes.y() + 7));
        assertEquals(FrameColors.hex(FrameColors.of(FrameKind.ALLOCATED_TYPE, "byte[]")), graph.color(bytes.x() + 1, bytes.y() + 1));
        HtmlFlameGraph.Box name = graph.box("com.example.Parser.name");
        assertEquals("Function: com.example.Parser.name (1MB, 40.00%)", graph.hover(name.x() + 2, name.y() + 7),
                "values only: no raw tier counters");
        graph.search("String");
        assertEquals("40.00%", graph.matched());
    }

    @Test
    void theLegendIsThePdfsAndTheKeyHasTheProfilesKinds() throws IOException {
        open(Profiles.planted(), "legend.html");
        StackIndex index = StackIndex.of(Profiles.planted());
        assertEquals(String.join("\n", Legend.lines(index, TopTable.of(index, TopTable.Order.FLAT, 0).values(), ZoneOffset.UTC))
                + "\nPruned: 0 frames narrower than 0.01% (95us)", page.text("#md-legend"));
        assertEquals(List.of("File: myapp.jar", "Type: cpu", "Time: Nov 24, 2025 at 4:00pm (UTC)",
                "Duration: 2s, Total samples = 950ms (47.50%)", "Samples: 95 samples in 5 distinct stacks",
                "Backend: async-profiler (perf_events)", "Event: cpu, interval 10ms", "JVM: OpenJDK 64-Bit Server VM 17.0.15+6",
                "Collector: G1 Young Generation, G1 Old Generation", "Pruned: 0 frames narrower than 0.01% (95us)"),
                List.of(page.text("#md-legend").split("\n")));
        assertEquals(String.join("\n", FrameColors.describe(FrameKind.INTERPRETED), FrameColors.describe(FrameKind.COMPILED),
                FrameColors.describe(FrameKind.NATIVE)), page.text("#md-key"), "the kinds in the profile, as the PDF's key");
        assertEquals(List.of(), page.errors());
        page.close();

        open(Profiles.everyKind(), "key.html");
        assertEquals(FrameKind.values().length, page.number("document.querySelectorAll('#md-key .md-swatch').length"));
        for (FrameKind kind : FrameKind.values()) {
            String swatch = (String) page.eval("getComputedStyle(document.querySelectorAll('#md-key .md-swatch')["
                    + kind.ordinal() + "]).backgroundColor");
            int rgb = FrameColors.key(kind);
            assertEquals("rgb(" + (rgb >> 16) + ", " + (rgb >> 8 & 0xff) + ", " + (rgb & 0xff) + ")", swatch, kind.toString());
        }
    }

    @Test
    void namesThatLookLikeMarkupStayText() throws IOException {
        String script = "</script><script>document.title='pwned'</script>";
        String quoted = "it's \"quoted\" & <b>bold</b> \\ done";
        StackProfile profile = new StackProfile(memdebug.spi.ProfileKind.CPU,
                Profiles.info("<i>prog</i>", java.time.Duration.ofSeconds(1), 0, List.of("a note with <tags>")), List.of(
                        Profiles.stack(1, 10, List.of(memdebug.spi.Frame.java(script))),
                        Profiles.stack(1, 10, List.of(memdebug.spi.Frame.java(quoted))),
                        Profiles.stack(1, 10, List.of(memdebug.spi.Frame.java("line\nbreak\u2028"))),
                        Profiles.stack(1, 10, List.of(memdebug.spi.Frame.java("")))));
        HtmlFlameGraph graph = open(profile, "markup.html");
        assertEquals("Flame graph of CPU time: <i>prog</i>", page.eval("document.title"));
        assertEquals(10e6, graph.box(script).width());
        assertEquals(10e6, graph.box(quoted).width());
        assertEquals(10e6, graph.box("line?break?").width());
        assertEquals(10e6, graph.box("?").width());
        assertTrue(page.text("#md-legend").contains("Note: a note with <tags>"), page.text("#md-legend"));
        graph.search("script");
        assertEquals("25.00%", graph.matched());
    }

    @Test
    void anEmptyProfileSaysSo() throws IOException {
        HtmlFlameGraph graph = open(new StackProfile(memdebug.spi.ProfileKind.CPU, memdebug.spi.ProfileInfo.unknown(), List.of()),
                "empty.html");
        assertEquals("No samples in this interval: there is nothing to draw.", page.text("#md-empty"));
        graph.toggleCallers();
        graph.search("x");
        graph.reset();
    }

    @Test
    void aSearchInTheAddressOpensWithTheMatches() throws IOException {
        Path file = write(Profiles.planted(), "hash.html");
        page = chromium.open(file.toUri() + "#search=hot[AB]", 1200, 800);
        HtmlFlameGraph graph = new HtmlFlameGraph(page);
        assertEquals("89.47%", graph.matched(), "hotA and hotB: 850 of 950 ms");
        assertEquals("hot[AB]", page.eval("document.getElementById('md-search').value"));
    }

    @Test
    void typingInTheSearchBoxDoesNotDriveTheGraphAndABadPatternIsSaid() throws IOException {
        HtmlFlameGraph graph = open(Profiles.planted(), "typing.html");
        graph.search("(id");
        assertTrue(page.text("#md-search-error").startsWith("not a regular expression"), page.text("#md-search-error"));
        assertEquals(false, page.eval("inverted"), "typing i did not turn the graph over");
        graph.search("main");
        assertEquals("", page.text("#md-search-error"));
        assertEquals("100%", graph.matched());
        page.press("Escape", "Escape", 27);
        assertEquals("", graph.matched(), "Escape in the box clears the search");

        graph.search("hotA");
        graph.click(HOT_B);
        assertEquals("0.00%", graph.matched(), "no hotA in hotB");
        page.press("0", "Digit0", 48);
        assertEquals("", graph.matched(), "the page's key 0 zooms out and clears the search");
        assertEquals("", page.eval("document.getElementById('md-search').value"), "the box shows it");
        assertEquals(page.number("canvas.offsetWidth"), graph.box(MAIN).pixels(), 0.5);
    }

    @Test
    void theFileLoadsNothingButItself() throws IOException {
        Path file = write(Profiles.planted(), "offline.html");
        page = chromium.open(file, 1200, 800);
        HtmlFlameGraph graph = new HtmlFlameGraph(page);
        graph.click(HOT_A);
        graph.search("hot");
        graph.toggleCallers();
        assertEquals(List.of(file.toUri().toString()), page.requests());
    }

    @Test
    void aPageThatLoadsSomethingIsSeenDoingIt() throws IOException {
        Path file = dir.resolve("loads.html");
        Files.writeString(file, "<!DOCTYPE html><html><body><img src='http://127.0.0.1:9/x.png'></body></html>");
        page = chromium.open(file, 400, 300);
        assertEquals(List.of(file.toUri().toString(), "http://127.0.0.1:9/x.png"), page.requests());
        page.close();
        page = null;
    }
}
