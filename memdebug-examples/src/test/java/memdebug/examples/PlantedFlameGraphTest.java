package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import memdebug.testkit.BrowserPage;
import memdebug.testkit.ChildJvm;
import memdebug.testkit.Chromium;
import memdebug.testkit.HtmlFlameGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The planted shared workload's {@code cpu.html}, written by a real profiling session (the best
 * backend, with the PDF beside it), used in a headless Chromium as a person would: clicking hotA
 * makes it fill the width, a search for hotB shows the share the PDF's top table gives as hotB's cum,
 * and the file loads nothing from the network. On the module path and on the class path.
 */
class PlantedFlameGraphTest {

    private static final String HOT_A = "memdebug.examples.PlantedShared.hotA";
    private static final String HOT_B = "memdebug.examples.PlantedShared.hotB";

    private static Chromium chromium;

    @TempDir
    Path dir;

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

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void clickingHotAFillsTheWidthAndSearchingHotBShowsItsCum(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.withAll().jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.interval=2ms")
                .run(layout, "memdebug.examples", "memdebug.examples.PlantedShared", "2000");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("memdebug report provider: html"), r.err());
        Map<String, Double> cum = TopTableText.cumShareByFunction(DemoTest.text(dir.resolve("cpu.pdf")));
        double hotB = cum.getOrDefault(HOT_B, -1.0);
        assertTrue(hotB > 0.1 && hotB < 0.4, "hotB does a quarter of the work: " + cum);

        Path file = dir.resolve("cpu.html");
        try (BrowserPage page = chromium.open(file, 1200, 800)) {
            HtmlFlameGraph graph = new HtmlFlameGraph(page);
            double[] canvas = graph.canvas();
            assertTrue(graph.box(HOT_A).pixels() < canvas[2] * 0.9, "hotA is narrower than the graph before the click");

            graph.click(HOT_A);

            HtmlFlameGraph.Box a = graph.box(HOT_A);
            assertEquals(canvas[0], a.x(), 0.5);
            assertEquals(canvas[2], a.pixels(), 0.5, "hotA fills the width");
            assertTrue(graph.hover(canvas[0] + 2, a.y() + 7).startsWith("Function: " + HOT_A + " ("));
            assertTrue(graph.hover(canvas[0] + canvas[2] - 2, a.y() + 7).startsWith("Function: " + HOT_A + " ("));

            graph.reset();
            graph.search("hotB");

            System.err.printf("%s: hotB matched %s in cpu.html, cum %.4f in cpu.pdf%n", layout, graph.matched(), hotB);
            assertEquals(hotB, graph.matchedShare(), 0.01, "the share the search shows is the top table's cum");
            assertEquals(hotB, graph.matchedShare(), 0.0001, "in fact the same number, both rounded to 0.01%");
            assertEquals(List.of(file.toUri().toString()), page.requests(), "the file loads nothing");
            assertEquals(List.of(), page.errors());
        }
    }
}
