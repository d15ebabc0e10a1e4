package memdebug.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import memdebug.spi.FrameKind;

/** What memdebug needs of the converter's page, and that a changed page fails loudly instead of drawing wrong. */
class PageEditsTest {

    private static String converterPage() {
        return ConverterRun.page(List.of(new ConverterRun.Stack(List.of("main", "work"),
                List.of(FrameKind.JAVA, FrameKind.C1_COMPILED), 5)), "t", false, 0).html();
    }

    @Test
    void everyPieceMemdebugEditsIsInTheConvertersPageOnce() {
        String page = converterPage();
        for (String anchor : List.of(PageEdits.META, PageEdits.STYLE_END, PageEdits.KEY_END, PageEdits.CANVAS, PageEdits.COLOR, PageEdits.STATUS)) {
            assertEquals(page.indexOf(anchor), page.lastIndexOf(anchor), anchor);
            assertTrue(page.contains(anchor), anchor);
        }
        assertTrue(page.strip().endsWith(PageEdits.PAGE_END));
    }

    @Test
    void theDataSectionIsReadAsTheConverterReadsIt() {
        PageData data = PageData.of(converterPage());
        assertEquals(3, data.depth());
        assertEquals("'all',\\n' main',\\n' work'", data.pool().replace("\n", "\\n"));
        assertEquals("n(3,5)\nu(12)\nu(22,5,0,5,0)", data.frames(), "key = pool index << 3 | type: main 1<<3|4 (JAVA), work 2<<3|6 (C1, with its counters)");
    }

    @Test
    void aChangedPageIsRefusedWithWhatIsMissing() {
        String page = converterPage();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PageEdits.apply(page.replace(PageEdits.COLOR, "getColor(palette[key & 15])"), "t", "", "", "", ""));
        assertEquals("the converter's page has no 'getColor(palette[key & 7])'", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> PageEdits.apply(page.replace("</style>", "</style></style>"), "t", "", "", "", ""));
        assertEquals("the converter's page has more than one '</style>'", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> PageData.of(page.replace("u(12)", "u(12); alert(1)")));
        assertEquals("unexpected line in the converter's page data: u(12); alert(1)", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> PageData.of(page.replace("unpack(cpool);", "unpackAll(cpool);")));
        assertEquals("the converter's page has no data section where jfr-converter 4.5 puts it", e.getMessage());
    }

    @Test
    void aNameThatWouldEndTheScriptIsWrittenSoItCannot() {
        String page = ConverterRun.page(List.of(new ConverterRun.Stack(List.of("</script><!--x"), List.of(FrameKind.JAVA), 1)),
                "t", false, 0).html();
        assertTrue(page.contains("' </script><!--x'"), "the converter escapes only \\\\ and '");
        assertTrue(PageData.of(page).pool().contains("<\\/script><\\!--x'"), PageData.of(page).pool());
    }

    @Test
    void everyKindHasItsOwnConverterType() {
        assertEquals(FrameKind.values().length,
                java.util.Arrays.stream(FrameKind.values()).map(ConverterRun::type).distinct().count());
        for (FrameKind k : FrameKind.values()) {
            assertTrue(ConverterRun.type(k) >= 0 && ConverterRun.type(k) < 8, k.toString());
        }
    }
}
