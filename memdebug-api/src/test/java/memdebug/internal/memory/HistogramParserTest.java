package memdebug.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramParserTest {

    /** Rows as JDK 17 prints them (JDK 25 prints the same columns), plus JDK 25's fillers. */
    private static final String JDK17 = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         17275        2189544  [B (java.base@17.0.15)
               2:          3575         428368  java.lang.Class (java.base@17.0.15)
               3:           431          11400  [Ljava.lang.String; (java.base@17.0.15)
               4:             1             56  [[I (java.base@17.0.15)
               5:           100           1600  com.acme.Order
               6:             2             48  com.acme.Order$Line (com.acme@1.0)
               7:             1             16  com.acme.Main$$Lambda$248/0x00007f29f4140208
               8:             8            128  java.util.regex.Pattern$CharPredicate$$Lambda$21/0x80000002d (java.base@17.0.15)
               9:             3             72  memdebug.internal.line.Line (memdebug.api@0.1.0)
              10:             1             32  [[Lcom.acme.Order; (com.acme@1.0)
              11:             3          48560  [Ljdk.internal.vm.FillerElement; (java.base@25.0.3)
              12:             1             16  jdk.internal.vm.FillerObject (java.base@25.0.3)
              13:            40           1920  memdebug.internal.memory.ClassTable$Entry (memdebug.api@0.1.0)
              14:             1           4112  [Lmemdebug.internal.memory.ClassTable$Entry;
              15:             1             24  com.acme.Main$$Lambda/0x0000000086150210
              16:             2             48  [Z (java.base@17.0.15)
            Total         21454        2685992
            """;

    @Test
    void namesBecomeJavaSourceNamesWithTheirOrigin() {
        ClassHistogram h = HistogramParser.parse(JDK17);
        assertEquals(List.of(
                new ClassCount("byte[]", 17275, 2189544, ClassOrigin.JDK),
                new ClassCount("java.lang.Class", 3575, 428368, ClassOrigin.JDK),
                new ClassCount("java.lang.String[]", 431, 11400, ClassOrigin.JDK),
                new ClassCount("int[][]", 1, 56, ClassOrigin.JDK),
                new ClassCount("com.acme.Order", 100, 1600, ClassOrigin.HOST),
                new ClassCount("com.acme.Order$Line", 2, 48, ClassOrigin.HOST),
                new ClassCount("com.acme.Main$$Lambda", 1, 16, ClassOrigin.HOST),
                new ClassCount("java.util.regex.Pattern$CharPredicate$$Lambda", 8, 128, ClassOrigin.JDK),
                new ClassCount("memdebug.internal.line.Line", 3, 72, ClassOrigin.MEMDEBUG),
                new ClassCount("com.acme.Order[][]", 1, 32, ClassOrigin.HOST),
                new ClassCount("com.acme.Main$$Lambda", 1, 24, ClassOrigin.HOST),
                new ClassCount("boolean[]", 2, 48, ClassOrigin.JDK)), h.classes());
    }

    @Test
    void fillersAndMemdebugsOwnTableAreNotCounted() {
        ClassHistogram h = HistogramParser.parse(JDK17);
        long rows = 2189544 + 428368 + 11400 + 56 + 1600 + 48 + 16 + 128 + 72 + 32 + 48560 + 16 + 1920 + 4112 + 24 + 48;
        long fillers = 48560 + 16;
        long table = 1920 + 4112;
        assertEquals(rows - fillers - table, h.liveBytes());
    }

    @Test
    void everyPrimitiveArray() {
        String text = "header\n   1: 1 24  [C\n   2: 1 24  [D\n   3: 1 24  [F\n   4: 1 24  [I\n"
                + "   5: 1 24  [J\n   6: 1 24  [S\n   7: 1 24  [[[B\nTotal 7 168\n";
        assertEquals(List.of("char[]", "double[]", "float[]", "int[]", "long[]", "short[]", "byte[][][]"),
                HistogramParser.parse(text).classes().stream().map(ClassCount::name).toList());
    }

    @Test
    void notAHistogramIsNull() {
        assertNull(HistogramParser.parse(""));
        assertNull(HistogramParser.parse("GC.class_histogram: unknown command\n"));
        assertNull(HistogramParser.parse("   1:         10  [B\nTotal 1 1\n"), "a row without bytes");
        assertNull(HistogramParser.parse("   1:  x\nTotal 1 1\n"));
        assertNull(HistogramParser.parse("   1:         1        16  [B (java.base\nTotal 1 16\n"), "unclosed module");
        assertNull(HistogramParser.parse("   1:         1        16  [B\n"), "no Total line: cut short");
        assertNull(HistogramParser.parse("Total 0 0\n"), "no rows");
    }

    @Test
    void windowsLineEndsAndHugeCounts() {
        ClassHistogram h = HistogramParser.parse("   1: 123456789012 987654321098  [J\r\nTotal 1 1\r\n");
        assertEquals(List.of(new ClassCount("long[]", 123456789012L, 987654321098L, ClassOrigin.JDK)), h.classes());
        assertNull(HistogramParser.parse("   1: 1 9999999999999999999  [J\nTotal 1 1\n"), "more than a long");
    }
}
