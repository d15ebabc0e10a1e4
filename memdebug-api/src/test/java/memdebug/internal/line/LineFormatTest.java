package memdebug.internal.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFormatTest {

    private static String render(Palette palette, Line line) {
        LineBuffer b = new LineBuffer();
        new LineFormat(palette).append(b, line);
        return b.toString();
    }

    @Test
    void exactBytesOfAColoredLine() {
        String line = render(Palette.COLOR,
                new Line(1_149_959, 12, 1_000_016, 5_058_872, 53_089_808, true, 12_582_912, 1_000_072, "alloc 1"));
        assertEquals("\u001b[33m  1.149959ms\u001b[0m [\u001b[36m  12\u001b[0m] (\u001b[1;33m 1000016\u001b[0m):"
                + "   5058872:\u001b[1;31m  53089808\u001b[0m:  12582912:\u001b[36m   1000072\u001b[0m <- "
                + "\u001b[35m  [alloc 1]\u001b[0m\n", line);
    }

    @Test
    void exactBytesOfAPlainFreedLine() {
        String line = render(Palette.PLAIN,
                new Line(887_834, 3, -3_000_048, 51_224, 13_089_808, false, 229_376, 312, "freed"));
        assertEquals("   887.834µs [   3] ( 3000048):     51224:  13089808:    229376:       312 <-   [freed]\n", line);
    }

    @Test
    void unknownAllocationPrintsNa() {
        String line = render(Palette.PLAIN, new Line(0, 1, 0, 1, 1, false, 1, -1, "x"));
        assertEquals("          0s [   1] (       0):         1:         1:         1:       n/a <-   [x]\n", line);
    }

    @Test
    void onAVirtualThreadTheAllocationColumnSaysSo() {
        String line = render(Palette.PLAIN, new Line(0, 1, 0, 1, 1, false, 1, Line.VIRTUAL_THREAD, "x"));
        assertEquals("          0s [   1] (       0):         1:         1:         1:   virtual <-   [x]\n", line);
    }

    /**
     * The Go original's own bytes: with its numbers, our line is Go's line plus the allocation
     * column after the stack column, nothing else changed.
     */
    @Test
    void sameBytesAsTheGoOriginalButTheAllocationColumn() throws IOException {
        String go;
        try (InputStream in = getClass().getResourceAsStream("/reference/go-memdebug-lines.ansi")) {
            go = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> goLines = go.lines().toList();
        assertEquals(6, goLines.size());
        Line[] ours = {
            new Line(1_149_959, 1, 1_058_872, 1_058_872, 13_089_808, true, 229_376, 7, "alloc 1MB 0"),
            new Line(724_286, 1, 1_007_640, 2_066_512, 13_089_808, false, 229_376, 7, "alloc 1MB 1"),
            new Line(637_692, 1, 1_007_664, 3_074_176, 13_089_808, false, 229_376, 7, "alloc 1MB 2"),
            new Line(887_834, 1, -3_022_952, 51_224, 13_089_808, false, 229_376, 7, "freed"),
            new Line(253_061_605, 2, 1_206_760, 1_257_984, 13_089_808, false, 262_144, 7, "thing 39996000100000000"),
            new Line(232_172_307, 2, 312, 1_258_296, 13_089_808, false, 262_144, 7, "thing 39996000100000000"),
        };
        String allocationColumn = ":\u001b[36m         7\u001b[0m";
        for (int i = 0; i < ours.length; i++) {
            String line = render(Palette.COLOR, ours[i]);
            assertEquals(goLines.get(i) + "\n", line.replace(allocationColumn, ""), "line " + (i + 1));
        }
    }
}
