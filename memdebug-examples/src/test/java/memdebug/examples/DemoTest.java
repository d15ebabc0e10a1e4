package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memdebug.testkit.ChildJvm;
import memdebug.testkit.PrintedLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo as a user runs it: a module that requires memdebug.api only, backends found as services. */
class DemoTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void demoPrintsItsLinesAndWritesTheReportSeries(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler"))
                .jvmArg("-Dmemdebug.dir=" + dir)
                .run(layout, "memdebug.examples", "memdebug.examples.MemTester");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("\u001b"), "color auto into a file: no escape sequences");
        List<PrintedLine> lines = PrintedLine.parseAll(r.out());
        assertEquals(List.of("alloc 1MB 0", "alloc 1MB 1", "alloc 1MB 2", "freed"),
                lines.subList(0, 4).stream().map(PrintedLine::what).toList());
        assertEquals(6, lines.size(), r.out());
        assertTrue(lines.get(4).what().startsWith("thing "), lines.get(4).what());
        // Without async-profiler's jar, the pure-JDK backends remain: jfr ranks above jmx and samples allocations too.
        assertTrue(r.err().contains("memdebug metrics provider: jfr"), r.err());
        assertTrue(r.err().contains("memdebug report provider: pdf"), r.err());
        assertTrue(r.err().contains("memdebug report provider: pprof"), r.err());
        for (String name : List.of("cpu-001.pdf", "cpu-002.pdf", "cpu.pdf", "alloc-001.pdf", "alloc-002.pdf", "alloc.pdf")) {
            assertTrue(Files.size(dir.resolve(name)) > 1000, name);
        }
        String text = text(dir.resolve("cpu.pdf"));
        assertTrue(text.contains("Type: cpu"), text);
        assertTrue(text.contains("memdebug.examples.Work.hash"), text);
        for (String name : List.of("cpu-001.pb.gz", "cpu-002.pb.gz", "cpu.pb.gz")) {
            assertTrue(Files.size(dir.resolve(name)) > 100, name);
        }
        PprofTop top = PprofTop.parse(GoPprof.run(dir.resolve("cpu.pb.gz"), "-top"));
        assertEquals("cpu", top.header("Type: "));
        assertTrue(top.row("memdebug.examples.Work.hash").flat() > 0, top.rows().toString());
        assertTrue(r.err().contains("memdebug report provider: html"), r.err());
        for (String name : List.of("cpu-001.html", "cpu-002.html", "cpu.html")) {
            assertTrue(Files.readString(dir.resolve(name)).contains("<title>Flame graph of CPU time: "), name);
        }
        assertTrue(Files.readString(dir.resolve("cpu.html")).contains("Type: cpu\n"));
        try (var files = Files.list(dir)) {
            assertEquals(18, files.count(), "cpu and alloc reports in three formats, no temporary files left");
        }
    }

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void onlyTheApiOnThePathStillPrints(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.with(ChildJvm.artifact("memdebug-jmx").or(ChildJvm.artifact("memdebug-pdf"))
                        .or(ChildJvm.artifact("memdebug-pprof")).or(ChildJvm.artifact("memdebug-html"))
                        .or(ChildJvm.artifact("memdebug-asyncprofiler")).or(ChildJvm.artifact("memdebug-jfr")))
                .jvmArg("-Dmemdebug.dir=" + dir)
                .run(layout, "memdebug.examples", "memdebug.examples.MemTester");
        assertEquals(0, r.exit(), r.err());
        assertEquals(6, PrintedLine.parseAll(r.out()).size(), r.out());
        assertTrue(r.err().contains("no metrics provider on the path"), r.err());
        assertTrue(r.err().contains("memdebug-jmx"), "says what to add: " + r.err());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
