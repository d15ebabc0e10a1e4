package memdebug.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import memdebug.spi.Frame;
import memdebug.spi.FrameColors;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackIndex;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;
import memdebug.spi.TopTable;
import memdebug.spi.ValueUnit;

class PdfReportTest {

    private final PdfReportProvider provider = new PdfReportProvider(ZoneId.of("UTC"));

    @Test
    void legendSaysWhatPprofsSaysAndMore() throws IOException {
        String page1 = text(render(Profiles.reference()), 1);

        assertTrue(page1.contains("File: myapp.jar\n"), page1);
        assertTrue(page1.contains("Type: cpu\n"));
        assertTrue(page1.contains("Time: Nov 24, 2025 at 4:00pm (UTC)\n"));
        assertTrue(page1.contains("Duration: 2s, Total samples = 1000ms (50.00%)\n"));
        assertTrue(page1.contains("Samples: 100 samples in 4 distinct stacks\n"));
        assertTrue(page1.contains("Backend: jmx (ThreadMXBean)\n"));
        assertTrue(page1.contains("Event: cpu, interval 10ms\n"));
        assertTrue(page1.contains("JVM: OpenJDK 64-Bit Server VM 17.0.15+6\n"));
        assertTrue(page1.contains("Collector: G1 Young Generation, G1 Old Generation\n"));
        assertTrue(page1.contains("Pruned: 0 frames narrower than 0.5pt (636.22us)\n"));
        // The flame graph's labels are text too.
        for (String name : List.of("com.example.App.main", "com.example.Work.hash", "com.example.Work.sort", "java.util.Arrays.sort")) {
            assertTrue(page1.contains(name), name);
        }
        assertTrue(page1.contains("all: 1000ms (100%)"));
        // The key lists the kinds in the profile: here Java frames only.
        assertTrue(page1.contains("Java\n"), page1);
        assertFalse(page1.contains("kernel"), page1);
        assertTrue(oneLine(page1).contains("its share of the CPU time."), page1);
    }

    @Test
    void topTablesHoldPprofsNumbersByFlatThenByCum() throws IOException {
        byte[] pdf = render(Profiles.reference());
        String page2 = text(pdf, 2).replaceAll("[ \\t]+", " ");
        String page3 = text(pdf, 3).replaceAll("[ \\t]+", " ");

        assertTrue(page2.startsWith("Top functions by own CPU time (flat), as pprof -top\n"), page2);
        assertTrue(page2.contains("Showing nodes accounting for 1000ms, 100% of 1000ms total\n"), page2);
        assertTrue(page2.contains("flat flat% sum% cum cum% function\n"
                + "600ms 60.00% 60.00% 600ms 60.00% com.example.Work.hash\n"
                + "300ms 30.00% 90.00% 300ms 30.00% java.util.Arrays.sort\n"
                + "90ms 9.00% 99.00% 390ms 39.00% com.example.Work.sort\n"
                + "10ms 1.00% 100% 1000ms 100% com.example.App.main\n"), page2);
        // go tool pprof -top -cum of the same profile (memdebug-api/src/test/pprof/reference.topcum).
        assertTrue(page3.startsWith("Top functions by CPU time with callees (cum), as pprof -top -cum\n"), page3);
        assertTrue(page3.contains("flat flat% sum% cum cum% function\n"
                + "10ms 1.00% 1.00% 1000ms 100% com.example.App.main\n"
                + "600ms 60.00% 61.00% 600ms 60.00% com.example.Work.hash\n"
                + "90ms 9.00% 70.00% 390ms 39.00% com.example.Work.sort\n"
                + "300ms 30.00% 100% 300ms 30.00% java.util.Arrays.sort\n"), page3);
        assertEquals(3, pages(pdf));
    }

    @Test
    void callersWithoutFlatTimeAppearInBothTablesAsInPprof() throws IOException {
        StackProfile hot = Profiles.pprofCase("hot");
        assumeTrue(hot != null, "memdebug-api's pprof cases are not beside this module");
        List<String> pprofTop = pprofRows("hot.top");
        List<String> pprofCum = pprofRows("hot.topcum");
        byte[] pdf = render(hot);
        String all = text(pdf, 2, pages(pdf));

        // go tool pprof -top on the same profile: the same rows in the same order, flat table then cum table.
        List<String> rows = tableRows(all);
        assertEquals(pprofTop.size() + pprofCum.size(), rows.size(), all);
        assertEquals(pprofTop, rows.subList(0, pprofTop.size()));
        assertEquals(pprofCum, rows.subList(pprofTop.size(), rows.size()));
        assertTrue(rows.contains("0 0% 37.03% 9.23s 80.78% com.example.Hot.hotA"), all);
        assertTrue(rows.contains("0 0% 0.26% 9.23s 80.78% com.example.Hot.hotA"), all);
        assertTrue(all.contains("Dropped 305 nodes (cum <= 0.06s)\n"), all);
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarks() throws IOException {
        String cjkAndEmoji = "com.example.\u6570\u636e.Work.run\uD83D\uDE00";
        String lambda = "com.example.Cache$$Lambda$123/0x0000000800c0b440.apply";
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.info("unicode \u00e9t\u00e9.jar", Duration.ofSeconds(1)), List.of(
                Profiles.stack(5, 50, "com.example.Main.main", cjkAndEmoji),
                Profiles.stack(5, 50, "com.example.Main.main", lambda),
                Profiles.stack(1, 10, "com.example.Main.main", "bad\u0000name\nwith\tcontrols\uD800")));
        byte[] pdf = render(profile);
        String all = text(pdf, 1, pages(pdf));

        assertTrue(all.contains("com.example.??.Work.run?"), all);
        assertTrue(all.contains(lambda));
        assertTrue(all.contains("bad?name?with?controls?"));
        assertTrue(all.contains("File: unicode \u00e9t\u00e9.jar"));
    }

    @Test
    void emptyProfileSaysSo() throws IOException {
        StackProfile empty = new StackProfile(ProfileKind.CPU, Profiles.info("idle.jar", Duration.ofSeconds(1)), List.of());
        byte[] pdf = render(empty);

        assertEquals(3, pages(pdf));
        String page1 = text(pdf, 1);
        assertTrue(page1.contains("no samples in this interval"), page1);
        assertTrue(page1.contains("Samples: 0 samples in 0 distinct stacks\n"));
        assertTrue(page1.contains("Duration: 1s, Total samples = 0 (0%)\n"));
        assertTrue(text(pdf, 2).contains("Showing nodes accounting for 0, 0% of 0 total\nno samples in this interval"), text(pdf, 2));
        assertTrue(text(pdf, 3).contains("no samples in this interval"));
    }

    @Test
    void nullProfileIsDrawnEmpty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.write(null, out);

        assertTrue(text(out.toByteArray(), 1).contains("File: ?\n"));
    }

    @Test
    void deepStackIsCutToThePageAndSaysHowDeep() throws IOException {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 2048; i++) {
            frames.add(new Frame("com.example.Recursive.step" + (i % 3), FrameKind.values()[i % 6]));
        }
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.info("deep.jar", Duration.ofSeconds(1)),
                List.of(new StackSample(frames, 10, 100_000_000)));
        String page1 = text(render(profile), 1);

        assertTrue(page1.matches("(?s).*Pruned: 0 frames narrower than 0.5pt \\(\\S+\\); \\d+ frames deeper than \\d+ levels"
                + " \\(deepest stack: 2048\\)\n.*"), page1);
    }

    @Test
    void aMillionSamplesOverAHundredThousandStacks() throws IOException {
        List<StackSample> stacks = new ArrayList<>();
        for (StackSample s : Profiles.synthetic(100_000, 16, 7).stacks()) {
            stacks.add(new StackSample(s.frames(), 10, 10 * 10_000_000L));
        }
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.info("big.jar", Duration.ofSeconds(60)), stacks);
        assertEquals(1_000_000, profile.totalSamples());
        long functions = stacks.stream().flatMap(s -> s.frames().stream()).map(Frame::name).distinct().count();
        byte[] pdf = render(profile);

        String page1 = text(pdf, 1);
        assertTrue(page1.contains("Samples: 1000000 samples in 100000 distinct stacks\n"), page1);
        TopTable byFlat = TopTable.of(StackIndex.of(profile), TopTable.Order.FLAT, TopTablePainter.capacity());
        String tables = text(pdf, 2, pages(pdf));
        for (String line : byFlat.header()) {
            assertTrue(tables.contains(line + "\n"), line + "\n" + tables);
        }
        assertTrue(functions > byFlat.rows().size());
    }

    @Test
    void tenThousandStacksMakeASmallRepeatablePdf() throws IOException {
        StackProfile profile = Profiles.synthetic(10_000, 64, 1);
        byte[] first = render(profile);
        byte[] second = render(profile);

        assertTrue(first.length < 2_000_000, "PDF of " + first.length + " bytes");
        assertEquals(pageContents(first).size(), pageContents(second).size());
        for (int p = 0; p < pageContents(first).size(); p++) {
            assertArrayEquals(pageContents(first).get(p), pageContents(second).get(p), "page " + (p + 1));
        }
        // Dates and the file ID come from the profile, so even the files are equal.
        assertArrayEquals(first, second);
    }

    @Test
    void theOrderOfTheStacksDoesNotChangeTheFile() throws IOException {
        // Backends hand over stacks in hash order, which differs from JVM to JVM.
        StackProfile profile = Profiles.realistic();
        List<StackSample> reversed = new ArrayList<>(profile.stacks());
        java.util.Collections.reverse(reversed);

        assertArrayEquals(render(profile), render(new StackProfile(profile.kind(), profile.info(), reversed)));
    }

    @Test
    void longNotesWrapAndManyAreCounted() throws IOException {
        List<String> notes = new ArrayList<>();
        notes.add("a very long remark of the backend that goes on and on about what it could not see, "
                + "why it could not see it, what the user may do about it, and then some more words so that "
                + "it needs more than three lines of the legend box to be said in full, which it will not get, "
                + "because a legend that runs on for ever hides the graph it is there to explain to its reader");
        for (int i = 2; i <= 9; i++) {
            notes.add("remark " + i);
        }
        ProfileInfo info = new ProfileInfo("notes.jar", "jfr", "JFR", "cpu", 10_000_000, Profiles.START,
                Profiles.START.plusSeconds(1), "vm", "G1", notes);
        String page1 = text(render(new StackProfile(ProfileKind.CPU, info, Profiles.reference().stacks())), 1);

        assertTrue(page1.contains("Note: a very long remark of the backend"), page1);
        assertTrue(page1.matches("(?s).*\n {4}\\S[^\n]*\n {4}\\S[^\n]*\u2026\nNote: remark 2\n.*"), "wrapped, cut on its third line: " + page1);
        assertTrue(page1.contains("Note: remark 6\nNotes: 3 more notes not shown\nPruned:"), page1);
        assertFalse(page1.contains("remark 7"));
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        class Tracking extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking out = new Tracking();
        out.write('#');
        provider.write(Profiles.reference(), out);

        assertFalse(out.closed);
        byte[] written = out.toByteArray();
        assertEquals('#', written[0]);
        assertTrue(new String(written, 1, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    @Test
    void failuresAreIOExceptions() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        IOException e = assertThrows(IOException.class, () -> provider.write(Profiles.reference(), broken));
        assertTrue(String.valueOf(e.getMessage()).contains("disk full"), String.valueOf(e));
        assertThrows(IOException.class, () -> provider.write(Profiles.reference(), null));
    }

    @Test
    void realisticProfileRendersWithAllFrameKinds() throws IOException {
        byte[] pdf = render(Profiles.realistic());

        String page1 = text(pdf, 1);
        assertTrue(page1.contains("Backend: async-profiler (perf_events)\n"), page1);
        assertTrue(page1.contains("java.lang.Thread.run"));
        assertTrue(page1.contains("thread_native_entry(Thre"));
        for (String kind : List.of("Java, JIT-compiled (C2)", "Java, inlined", "Java, interpreted", "native (JNI, JVM, libc)", "kernel")) {
            assertTrue(page1.contains(kind + "\n"), kind + "\n" + page1);
        }
        assertTrue(text(pdf, 2, pages(pdf)).contains("clear_page_erms"));
    }

    @Test
    void allocationReportSpeaksOfBytesAndNeverOfCpu() throws IOException {
        byte[] pdf = render(Profiles.alloc());
        String page1 = text(pdf, 1);
        String all = text(pdf, 1, pages(pdf));

        assertTrue(page1.contains("Type: alloc\n"), page1);
        assertTrue(page1.contains("Duration: 2s, Total samples = 38MB (19MB/s)\n"), page1);
        assertTrue(page1.contains("Samples: 79 samples in 5 distinct stacks\n"), page1);
        assertTrue(page1.contains("Backend: async-profiler (TLAB)\n"), page1);
        assertTrue(page1.contains("Event: alloc, interval 512kB\n"), page1);
        assertTrue(page1.contains("Note: allocations outside TLABs are sampled by size, so big arrays weigh what they"), page1);
        assertTrue(page1.contains("Note: 3 samples had no Java stack and count only in the total\n"), page1);
        assertTrue(oneLine(page1).contains("its share of the allocated bytes."), page1);
        assertTrue(oneLine(page1).contains("The top frame of each stack is the allocated type:"), page1);
        assertTrue(page1.contains("allocated type\n"), "in the color key: " + page1);
        assertTrue(page1.contains("all: 38MB (100%)"), page1);
        for (String label : List.of("byte[]", "java.lang.String", "com.shop.Order", "com.shop.Parser.parse")) {
            assertTrue(page1.contains(label), label);
        }
        String flat = text(pdf, 2).replaceAll("[ \\t]+", " ");
        assertTrue(flat.startsWith("Top functions by own allocated bytes (flat), as pprof -top\n"), flat);
        assertTrue(flat.contains("Showing nodes accounting for 37MB, 97.36% of 38MB total\n"
                + "Dropped 1 node (cum <= 0.19MB)\n"), flat);
        assertTrue(flat.contains("flat flat% sum% cum cum% function\n"
                + "20MB 52.63% 52.63% 20MB 52.63% byte[]\n"
                + "12MB 31.58% 84.20% 12MB 31.58% java.lang.String\n"
                + "5MB 13.16% 97.36% 5MB 13.16% com.shop.Order\n"
                + "0 0% 97.36% 5MB 13.16% com.shop.Cart.add\n"
                + "0 0% 97.36% 37MB 97.37% com.shop.Main.loop\n"
                + "0 0% 97.36% 32MB 84.20% com.shop.Parser.parse\n"
                + "0 0% 97.36% 37MB 97.37% java.lang.Thread.run\n"), flat);
        assertFalse(flat.contains("java.lang.Long"), "3000 bytes are below 0.5%: dropped");
        // Names aside, no word of CPU time anywhere (the Time: label is pprof's date of the profile).
        String words = all.replaceAll("[\\w$.\\[\\]]+\\.[\\w$\\[\\]]+", " ");
        for (String cpuWord : List.of("CPU", "cpu", "time")) {
            assertFalse(words.contains(cpuWord), cpuWord + " in\n" + words);
        }
    }

    @Test
    void allocatedTypesAreDrawnInTheirOwnColor() throws IOException {
        byte[] pdf = render(Profiles.alloc());
        Set<String> fills = fillColors(pdf, 1);

        for (String type : List.of("byte[]", "java.lang.String", "com.shop.Order")) {
            assertTrue(fills.contains(rgb(FrameColors.of(FrameKind.ALLOCATED_TYPE, type))), type + " " + fills);
        }
        assertTrue(fills.contains(rgb(FrameColors.key(FrameKind.ALLOCATED_TYPE))), "the key's swatch");
        assertFalse(fills.contains(rgb(FrameColors.of(FrameKind.JAVA, "byte[]"))));
    }

    @Test
    void aMethodThatRanInSeveralWaysIsOneBoxColoredByTheWayThatWeighsMost() throws IOException {
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.info("warmup.jar", Duration.ofSeconds(1)), List.of(
                new StackSample(List.of(new Frame("com.example.App.main", FrameKind.INTERPRETED),
                        new Frame("com.example.Work.hash", FrameKind.INTERPRETED, "Work.java", 10)), 30, 300_000_000L),
                new StackSample(List.of(new Frame("com.example.App.main", FrameKind.INTERPRETED),
                        new Frame("com.example.Work.hash", FrameKind.C1_COMPILED, "Work.java", 12)), 20, 200_000_000L),
                new StackSample(List.of(new Frame("com.example.App.main", FrameKind.INTERPRETED),
                        new Frame("com.example.Work.hash", FrameKind.COMPILED, "Work.java", 14)), 50, 500_000_000L)));
        byte[] pdf = render(profile);
        String page1 = text(pdf, 1);

        assertEquals(1, count(page1, "com.example.Work.hash"), page1);
        assertTrue(page1.contains("Java, C1-compiled\n") && page1.contains("Java, JIT-compiled (C2)\n"), page1);
        Set<String> fills = fillColors(pdf, 1);
        assertTrue(fills.contains(rgb(FrameColors.of(FrameKind.COMPILED, "com.example.Work.hash"))), fills.toString());
        assertFalse(fills.contains(rgb(FrameColors.of(FrameKind.C1_COMPILED, "com.example.Work.hash"))), fills.toString());
        assertTrue(text(pdf, 2).replaceAll("[ \\t]+", " ").contains("1s 100% 100% 1s 100% com.example.Work.hash\n"));
    }

    @Test
    void aKindMemdebugDoesNotKnowYetGetsASensibleReport() throws IOException {
        ProfileKind lock = new ProfileKind("lock", ValueUnit.NANOSECONDS, "lock wait time", "the function that waited");
        StackProfile profile = new StackProfile(lock, Profiles.info("locks.jar", Duration.ofSeconds(2)),
                Profiles.reference().stacks());
        byte[] pdf = render(profile);
        String page1 = text(pdf, 1);

        assertTrue(page1.contains("Type: lock\n"), page1);
        assertTrue(page1.contains("Duration: 2s, Total samples = 1000ms (50.00%)\n"), page1);
        assertTrue(oneLine(page1).contains("its share of the lock wait time."), page1);
        assertTrue(oneLine(page1).contains("The top frame of each stack is the function that waited:"), page1);
        assertTrue(text(pdf, 2).startsWith("Top functions by own lock wait time (flat), as pprof -top\n"));
        assertTrue(text(pdf, 3).startsWith("Top functions by lock wait time with callees (cum), as pprof -top -cum\n"));
        assertFalse(text(pdf, 1, 3).contains("CPU"));

        ProfileKind contended = new ProfileKind("contended", ValueUnit.COUNT, "contentions", "the blocked function");
        String counts = text(render(new StackProfile(contended, Profiles.info("locks.jar", Duration.ofSeconds(2)), List.of(
                new StackSample(List.of(Frame.java("a"), Frame.java("b")), 1, 30),
                new StackSample(List.of(Frame.java("a")), 1, 10)))), 1, 2).replaceAll("[ \\t]+", " ");
        assertTrue(counts.contains("Duration: 2s, Total samples = 40 (20/s)\n"), counts);
        assertTrue(counts.contains("Pruned: 0 frames narrower than 0.5pt (0.03 contentions)\n"), counts);
        assertTrue(counts.contains("30 75.00% 75.00% 30 75.00% b\n"), counts);
    }

    private byte[] render(StackProfile profile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.write(profile, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf, int page) throws IOException {
        return text(pdf, page, page);
    }

    private static String text(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        }
    }

    /** The rows of the top tables in extracted text, spaces collapsed. */
    private static List<String> tableRows(String text) {
        return Arrays.stream(text.split("\n"))
                .map(line -> line.trim().replaceAll("\\s+", " "))
                .filter(line -> ROW.matcher(line).matches())
                .toList();
    }

    /** The rows of a pprof output of memdebug-api/src/test/pprof, spaces collapsed. */
    private static List<String> pprofRows(String file) throws IOException {
        Path path = Path.of(System.getProperty("basedir", "."), "../memdebug-api/src/test/pprof", file);
        return tableRows(Files.readString(path));
    }

    private static final Pattern ROW = Pattern.compile("\\S+ [0-9.e-]+% [0-9.e-]+% \\S+ [0-9.e-]+% \\S.*");

    /** The fill colors set on a page, as "r g b" rounded to 1/255. */
    private static Set<String> fillColors(byte[] pdf, int page) throws IOException {
        Set<String> colors = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFStreamParser parser = new PDFStreamParser(document.getPage(page - 1));
            List<COSBase> operands = new ArrayList<>();
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator op) {
                    if (op.getName().equals("rg") && operands.size() == 3) {
                        colors.add(operands.stream().map(o -> String.valueOf(Math.round(((COSNumber) o).floatValue() * 255)))
                                .collect(java.util.stream.Collectors.joining(" ")));
                    }
                    operands.clear();
                } else if (token instanceof COSBase base) {
                    operands.add(base);
                }
            }
        }
        return colors;
    }

    private static String rgb(int rgb) {
        return (rgb >> 16 & 0xFF) + " " + (rgb >> 8 & 0xFF) + " " + (rgb & 0xFF);
    }

    /** Text with its line breaks made spaces: the reading guide wraps wherever the width says. */
    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static List<byte[]> pageContents(byte[] pdf) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                try (InputStream in = page.getContents()) {
                    contents.add(in.readAllBytes());
                }
            }
        }
        return contents;
    }
}
