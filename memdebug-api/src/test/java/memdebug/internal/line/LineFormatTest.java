package memdebug.internal.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import memdebug.internal.memory.ClassChange;
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

    @Test
    void classLineUnderTheDeltaInItsColor() {
        List<ClassChange> classes = List.of(new ClassChange("byte[]", 1, 1_000_016), new ClassChange("com.acme.Order", 100, 1600),
                new ClassChange("java.lang.String", -3, -72));
        String line = render(Palette.COLOR,
                new Line(590_417, 6, 1_001_544, 7_116_488, 60_727_296, false, 6_291_456, 1_000_112, "alloc 1MB 1", classes));
        assertEquals("\u001b[33m   590.417µs\u001b[0m [\u001b[36m   6\u001b[0m] (\u001b[1;33m 1001544\u001b[0m):"
                + "   7116488:\u001b[0m  60727296\u001b[0m:   6291456:\u001b[36m   1000112\u001b[0m <- "
                + "\u001b[35m  [alloc 1MB 1]\u001b[0m\n"
                + "                    \u001b[1;33mbyte[] +1 (+1000016 B), com.acme.Order +100 (+1600 B), "
                + "java.lang.String -3 (-72 B)\u001b[0m\n", line);
    }

    @Test
    void freedClassLinePlainAndUnderALongElapsedAndManyThreads() {
        String line = render(Palette.PLAIN, new Line(3_723_000_000_001L, 12345, -3_000_048, 51_224, 13_089_808, false, 229_376,
                312, "freed", List.of(new ClassChange("byte[]", -3, -3_000_048))));
        assertEquals("1h2m3.000000001s [12345] ( 3000048):     51224:  13089808:    229376:       312 <-   [freed]\n"
                + " ".repeat(25) + "byte[] -3 (-3000048 B)\n", line);
        assertEquals(line.indexOf('('), line.indexOf("byte[]") - line.indexOf('\n') - 1, "starts under the parenthesis");
    }

    @Test
    void noClassLineForAZeroDeltaOrNoClasses() {
        List<ClassChange> classes = List.of(new ClassChange("a", 1, 24), new ClassChange("b", -1, -24));
        assertEquals("          0s [   1] (       0):         1:         1:         1:         1 <-   [x]\n",
                render(Palette.PLAIN, new Line(0, 1, 0, 1, 1, false, 1, 1, "x", classes)));
        assertEquals(render(Palette.PLAIN, new Line(0, 1, 24, 1, 1, false, 1, 1, "x")),
                render(Palette.PLAIN, new Line(0, 1, 24, 1, 1, false, 1, 1, "x", List.of())));
    }

    @Test
    void aClassNameCannotDriveTheTerminal() {
        String line = render(Palette.PLAIN, new Line(0, 1, 24, 1, 1, false, 1, 1, "x",
                List.of(new ClassChange("evil\u001b[2J\u009bname\u00e9", 0, 24))));
        assertEquals("                    evil?[2J?name\u00e9 +0 (+24 B)\n", line.substring(line.indexOf('\n') + 1));
    }
}
