package memdebug.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;
import memdebug.spi.ValueUnit;

/** The page as a file: self-contained, the same for the same input, written for every kind; and the provider's contract. */
class HtmlReportTest {

    static String page(StackProfile profile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportProvider(ZoneOffset.UTC).write(profile, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thePageNamesNothingToLoad() throws IOException {
        String html = page(Profiles.planted());
        for (String loader : List.of("<link", "<iframe", "<img", "<object", "<embed", "@import", "url(", "fetch(",
                "XMLHttpRequest", "import(", "src=")) {
            assertFalse(html.contains(loader), loader);
        }
        Matcher urls = Pattern.compile("(https?:|file:|//[a-z])[^'\" )]*").matcher(html.replace("xmlns='http://www.w3.org/2000/svg'", ""));
        List<String> found = new ArrayList<>();
        while (urls.find()) {
            found.add(urls.group());
        }
        assertEquals(List.of("https://github.com/async-profiler/async-profiler"), found,
                "only the link that credits async-profiler, which loads nothing");
        assertEquals(1, html.split("<a href=", -1).length - 1);
    }

    @Test
    void theSameProfileGivesTheSameFile() throws IOException {
        assertEquals(page(Profiles.planted()), page(Profiles.planted()));
        StackProfile shuffled = new StackProfile(ProfileKind.CPU, Profiles.planted().info(),
                reversed(Profiles.planted().stacks()));
        assertEquals(page(Profiles.planted()), page(shuffled), "stack order does not matter");
    }

    private static List<StackSample> reversed(List<StackSample> stacks) {
        List<StackSample> r = new ArrayList<>(stacks);
        java.util.Collections.reverse(r);
        return r;
    }

    @Test
    void everyKindIsWordedFromItself() throws IOException {
        ProfileKind locks = new ProfileKind("lock", ValueUnit.COUNT, "lock waits", "the contended lock");
        StackProfile profile = new StackProfile(locks, ProfileInfo.unknown(), List.of(
                new StackSample(List.of(Frame.java("App.run"), new Frame("java.lang.Object", FrameKind.ALLOCATED_TYPE)), 3, 7)));
        String html = page(profile);
        assertTrue(html.contains("<title>Flame graph of lock waits: ?</title>"), html);
        assertTrue(html.contains("Type: lock\n"), html);
        assertTrue(html.contains("Total samples = 7\n"), html);
        assertTrue(html.contains("share of the lock waits"), html);
        assertTrue(html.contains("The top edges are the contended lock"), html);
        assertTrue(html.contains("unitNames: ['']"), "counts have no unit: " + html);

        String alloc = page(Profiles.allocations());
        assertTrue(alloc.contains("Duration: 1s, Total samples = 2.50MB (2.50MB/s)\n"), alloc);
        assertTrue(alloc.contains("Event: alloc, interval 512kB\n"), alloc);
        assertTrue(alloc.contains("unitNames: ['B', 'kB', 'MB', 'GB', 'TB', 'PB']"), alloc);
    }

    @Test
    void samplesWithoutWeightAreDrawnBySampleCount() throws IOException {
        StackProfile profile = new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), List.of(
                new StackSample(List.of(Frame.java("A.a")), 3, 0), new StackSample(List.of(Frame.java("B.b")), 1, 0)));
        String html = page(profile);
        assertTrue(html.contains("Total samples = 4 (no CPU time recorded: values are sample counts)"), html);
        assertTrue(html.contains("countsSamples: true"), html);
        assertTrue(html.contains("share of the samples."), html);
    }

    @Test
    void aNullProfileIsAnEmptyPageAndTheStreamStaysOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new HtmlReportProvider().write(null, out);
        assertFalse(closed[0]);
        String html = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("No samples in this interval"), html);
        assertTrue(html.endsWith("</html>\n"));
        IOException e = assertThrows(IOException.class, () -> new HtmlReportProvider().write(Profiles.planted(), null));
        assertEquals("no output stream to write the HTML report to", e.getMessage());
    }

    @Test
    void aFailingStreamIsAnIOException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        IOException e = assertThrows(IOException.class, () -> new HtmlReportProvider().write(Profiles.planted(), broken));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void deepAndWideProfilesAreWritten() throws IOException {
        List<StackSample> stacks = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            List<Frame> frames = new ArrayList<>();
            for (int d = 0; d < 40; d++) {
                frames.add(new Frame("pkg.C" + (d < 20 ? d : i % (d * 7)) + ".m" + d, FrameKind.values()[(i + d) % 8]));
            }
            stacks.add(new StackSample(frames, 1, 1_000_000L + i));
        }
        List<Frame> deep = new ArrayList<>();
        for (int d = 0; d < 3_000; d++) {
            deep.add(Frame.java("rec.Deep.f"));
        }
        stacks.add(new StackSample(deep, 1, 1_000_000));
        String html = page(new StackProfile(ProfileKind.CPU, Profiles.info("big", Duration.ofSeconds(60), 0, List.of()), stacks));
        assertTrue(html.contains("const mdCallersDepth = 3001;"), "the deep stack is whole in both views");
        System.err.println("5,000 stacks 40 deep and one 3,000 deep: " + html.length() + " characters");
        assertTrue(html.length() < 8_000_000, "size " + html.length());
    }

    private static ConverterRun.Stack stack(long value, Object... nameKindPairs) {
        List<String> names = new ArrayList<>();
        List<FrameKind> kinds = new ArrayList<>();
        for (int i = 0; i < nameKindPairs.length; i += 2) {
            names.add((String) nameKindPairs[i]);
            kinds.add((FrameKind) nameKindPairs[i + 1]);
        }
        return new ConverterRun.Stack(names, kinds, value);
    }

    @Test
    void aMixedBoxTakesItsHeaviestKind() {
        List<ConverterRun.Stack> stacks = List.of(
                stack(10, "main", FrameKind.INTERPRETED, "work", FrameKind.INTERPRETED),
                stack(25, "main", FrameKind.NATIVE, "other", FrameKind.KERNEL),
                stack(30, "main", FrameKind.COMPILED, "work", FrameKind.INLINED));
        ViewStacks callees = ViewStacks.of(stacks, false, 0);
        for (int s : new int[] {0, 2}) {
            assertEquals(FrameKind.COMPILED, callees.kind(s, 0), "main: compiled 30 over native 25 and interpreted 10");
            assertEquals(FrameKind.INLINED, callees.kind(s, 1), "work: inlined 30 over interpreted 10");
        }
        assertEquals(FrameKind.KERNEL, callees.kind(1, 1));

        List<ConverterRun.Stack> leaves = List.of(
                stack(10, "a", FrameKind.INTERPRETED, "leaf", FrameKind.NATIVE),
                stack(30, "b", FrameKind.COMPILED, "leaf", FrameKind.KERNEL),
                stack(5, "a", FrameKind.COMPILED, "leaf", FrameKind.KERNEL));
        ViewStacks callers = ViewStacks.of(leaves, true, 0);
        assertEquals(FrameKind.KERNEL, callers.kind(0, 1), "the callers view's root box: leaf, kernel 35 over native 10");
        assertEquals(FrameKind.INTERPRETED, callers.kind(0, 0), "a under it: interpreted 10 over compiled 5");
        assertEquals(FrameKind.COMPILED, callers.kind(1, 0), "b under it: compiled");
    }

    @Test
    void boxesNarrowerThanTheSmallestShareAreCutWithWhatTheyHold() {
        List<ConverterRun.Stack> stacks = List.of(
                stack(9_990, "main", FrameKind.JAVA, "big", FrameKind.JAVA, "leaf", FrameKind.JAVA),
                stack(4, "main", FrameKind.JAVA, "small", FrameKind.JAVA, "x", FrameKind.JAVA, "leaf", FrameKind.JAVA),
                stack(6, "main", FrameKind.JAVA, "big", FrameKind.JAVA, "rare", FrameKind.NATIVE));
        ViewStacks callees = ViewStacks.of(stacks, false, 1e-3);
        assertEquals(3, callees.keep(0));
        assertEquals(1, callees.keep(1), "small (4 of 10,000) goes, and x and leaf with it");
        assertEquals(2, callees.keep(2), "rare (6) goes too: 0.1% of 10,000 is 10");
        assertEquals(4, callees.prunedBoxes());
    }

    @Test
    void theLegendSaysWhatThePageLeavesOut() throws IOException {
        List<StackSample> stacks = new ArrayList<>();
        stacks.add(new StackSample(List.of(Frame.java("main"), Frame.java("big")), 1, 1_000_000_000L));
        for (int i = 0; i < 50; i++) {
            stacks.add(new StackSample(List.of(Frame.java("main"), Frame.java("tiny" + i)), 1, 10_000));
        }
        String html = page(new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), stacks));
        assertTrue(html.contains("Pruned: 50 frames narrower than 0.01% (100.05us)</pre>"), html);
        assertFalse(html.contains("tiny"), "left out of both views");
    }
}
