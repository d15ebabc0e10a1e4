package memdebug.internal.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatumRendererTest {

    private static String render(int maxData, Object... data) {
        StringBuilder out = new StringBuilder();
        new DatumRenderer(maxData).appendAll(out, data);
        return out.toString();
    }

    @Test
    void labelAndDataAreSpaceSeparated() {
        assertEquals("alloc 1MB 0", render(256, "alloc", "1MB", 0));
        assertEquals("null null", render(256, null, null));
        assertEquals("null", render(256, (Object[]) null));
        assertEquals("", render(256));
    }

    @Test
    void arraysPrintDeep() {
        assertEquals("[1, 2] [[a, b], [c]] [true] [x, null]",
                render(256, new int[] {1, 2}, new String[][] {{"a", "b"}, {"c"}}, new boolean[] {true}, new Object[] {'x', null}));
        Object[] self = new Object[2];
        self[0] = "me";
        self[1] = self;
        assertEquals("[me, [...]]", render(256, (Object) self));
    }

    @Test
    void longDataAreCutWithAnEllipsis() {
        String huge = "x".repeat(5_000_000);
        String out = render(256, huge, "next");
        assertEquals("x".repeat(256) + "… next", out);
        assertEquals("[0, 0, 0, …", render(10, (Object) new int[1000]));
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String out = render(3, "ab\uD83D\uDE00c");
        assertEquals("ab…", out);
        assertEquals("日本語 \uD83D\uDE00", render(256, "日本語", "\uD83D\uDE00"));
    }

    @Test
    void aThrowingOrRecursiveToStringIsContained() {
        Object bad = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("boom");
            }
        };
        Object nullString = new Object() {
            @Override
            public String toString() {
                return null;
            }
        };
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        b.add(a);
        assertEquals("<toString threw IllegalStateException> null <toString threw StackOverflowError>",
                render(256, bad, nullString, a));
    }

    @Test
    void controlCharactersAreEscaped() {
        String out = render(256, "red\u001b[31m", "bell\u0007", "cr\rlf\n", "tab\t", "csi\u009b2J", "del\u007f");
        assertEquals("red\\e[31m bell\\x07 cr\\rlf\\n tab\\t csi\\u009b2J del\\x7f", out);
        for (char c : out.toCharArray()) {
            assertFalse(c < 0x20 || (c >= 0x7f && c <= 0x9f), "raw control character " + (int) c);
        }
        assertTrue(out.contains("\\e"));
    }

    @Test
    void maxDataOfIntegerMaxValueMeansTheLineLimitNotAnOverflow() {
        String out = render(Integer.MAX_VALUE, "label", "x".repeat(100_000));
        assertEquals("label " + "x".repeat(65_536 - 6) + "…", out);
    }

    @Test
    void theWholeLabelIsBoundedNotOnlyEachDatum() {
        Object[] many = new Object[1_000];
        java.util.Arrays.fill(many, "y".repeat(256));
        String out = render(256, many);
        String joined = String.join(" ", java.util.Collections.nCopies(1_000, "y".repeat(256)));
        assertEquals(joined.substring(0, 65_536) + "…", out);
    }

    @Test
    void errorsThrownWhileRenderingADatumAreContained() {
        Object assertion = new Object() {
            @Override
            public String toString() {
                throw new AssertionError("host invariant");
            }
        };
        Object oom = new Object() {
            @Override
            public String toString() {
                throw new OutOfMemoryError("planted");
            }
        };
        Number money = new java.math.BigDecimal("1.5") {
            @Override
            public String toString() {
                throw new IllegalStateException("no currency");
            }
        };
        CharSequence failing = new CharSequence() {
            @Override
            public int length() {
                return 10;
            }

            @Override
            public char charAt(int index) {
                if (index == 3) {
                    throw new IndexOutOfBoundsException(index);
                }
                return 'c';
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                throw new UnsupportedOperationException();
            }
        };
        assertEquals("a <toString threw AssertionError> <toString threw OutOfMemoryError> "
                + "<toString threw IllegalStateException> <toString threw IndexOutOfBoundsException> z",
                render(256, "a", assertion, oom, money, failing, "z"));
    }
}
