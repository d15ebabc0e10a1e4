package memdebug.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

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
    }

    @Test
    void topTableHoldsPprofsNumbers() throws IOException {
        String page2 = text(render(Profiles.reference()), 2).replaceAll("[ \\t]+", " ");

        assertTrue(page2.contains("Showing nodes accounting for 1000ms, 100% of 1000ms total\n"), page2);
        assertTrue(page2.contains("flat flat% sum% cum cum% function\n"
                + "600ms 60.00% 60.00% 600ms 60.00% com.example.Work.hash\n"
                + "300ms 30.00% 90.00% 300ms 30.00% java.util.Arrays.sort\n"
                + "90ms 9.00% 99.00% 390ms 39.00% com.example.Work.sort\n"
                + "10ms 1.00% 100% 1000ms 100% com.example.App.main\n"), page2);
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
        String all = text(pdf, 1) + text(pdf, 2);

        assertTrue(all.contains("com.example.??.Work.run?"), all);
        assertTrue(all.contains(lambda));
        assertTrue(all.contains("bad?name?with?controls?"));
        assertTrue(all.contains("File: unicode \u00e9t\u00e9.jar"));
    }

    @Test
    void emptyProfileSaysSo() throws IOException {
        StackProfile empty = new StackProfile(ProfileKind.CPU, Profiles.info("idle.jar", Duration.ofSeconds(1)), List.of());
        byte[] pdf = render(empty);

        assertEquals(2, pages(pdf));
        String page1 = text(pdf, 1);
        assertTrue(page1.contains("no samples in this interval"), page1);
        assertTrue(page1.contains("Samples: 0 samples in 0 distinct stacks\n"));
        assertTrue(page1.contains("Duration: 1s, Total samples = 0 (0%)\n"));
        assertTrue(text(pdf, 2).contains("no samples in this interval"));
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
        String page2 = text(pdf, 2);
        assertTrue(page2.contains("Showing top " + TopTablePainter.capacity() + " functions out of " + functions + "\n"), page2);
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
        assertTrue(text(pdf, 2).contains("clear_page_erms"));
    }

    private byte[] render(StackProfile profile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.write(profile, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
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
