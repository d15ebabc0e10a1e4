package memdebug.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class TopTableTest {

    static final List<String> CASES = PprofCase.NAMES;

    @ParameterizedTest
    @FieldSource("CASES")
    void printsWhatPprofTopPrints(String name) throws IOException {
        PprofCase c = PprofCase.read(name);
        StackIndex index = StackIndex.of(c.profile());

        assertEquals(c.pprofTable("top"), TopTable.of(index, TopTable.Order.FLAT, 0).text());
        assertEquals(c.pprofTable("topcum"), TopTable.of(index, TopTable.Order.CUM, 0).text());
    }

    @Test
    void aRowLimitIsPprofsNodeCount() throws IOException {
        PprofCase c = PprofCase.read("hot");
        StackIndex index = StackIndex.of(c.profile());

        assertEquals(c.pprofTable("top5"), TopTable.of(index, TopTable.Order.FLAT, 5).text());
        assertEquals(c.pprofTable("topcum5"), TopTable.of(index, TopTable.Order.CUM, 5).text());
    }

    @Test
    void callersWithoutFlatValueStayByTheirCum() throws IOException {
        TopTable table = TopTable.of(StackIndex.of(PprofCase.read("hot").profile()), TopTable.Order.FLAT, 0);

        List<TopTable.Row> rows = table.rows();
        TopTable.Row hotA = rows.stream().filter(r -> r.function().equals("com.example.Hot.hotA")).findFirst().orElseThrow();
        assertEquals(0, hotA.flat());
        assertEquals(9_230_000_000L, hotA.cum(), 5_000_000L);
        assertTrue(rows.stream().anyMatch(r -> r.function().equals("com.example.Hot.hotB")));
        assertEquals(305, table.droppedNodes());
        assertEquals("Dropped 305 nodes (cum <= 0.06s)", table.header().get(1));
        // Every row kept has a cum of at least 0.5% of the total; every one dropped less.
        long cutoff = (long) (table.total() * TopTable.NODE_FRACTION);
        assertTrue(rows.stream().allMatch(r -> r.cum() >= cutoff));
        assertEquals(38, table.keptNodes());
    }

    @Test
    void referenceFileOfTheWorkplaceAgreesWhenPresent() throws IOException {
        Path file = Path.of("/work/shared/reference/pprof-top-example.txt");
        assumeTrue(Files.exists(file), "reference file not on this machine");
        List<String> lines = Files.readAllLines(file);
        PprofCase c = PprofCase.read("reference");

        assertEquals(lines, c.pprof("top"));
        assertEquals(lines.subList(4, lines.size()),
                TopTable.of(StackIndex.of(c.profile()), TopTable.Order.FLAT, 0).text());
    }

    @Test
    void cellsAreUnpaddedAndRowsRunTheirSums() throws IOException {
        TopTable table = TopTable.of(StackIndex.of(PprofCase.read("reference").profile()), TopTable.Order.CUM, 0);

        assertEquals(List.of(
                new TopTable.Row("com.example.App.main", 10_000_000, 1_000_000_000, 10_000_000),
                new TopTable.Row("com.example.Work.hash", 600_000_000, 600_000_000, 610_000_000),
                new TopTable.Row("com.example.Work.sort", 90_000_000, 390_000_000, 700_000_000),
                new TopTable.Row("java.util.Arrays.sort", 300_000_000, 300_000_000, 1_000_000_000)), table.rows());
        assertEquals(List.of("90ms", "9.00%", "70.00%", "390ms", "39.00%", "com.example.Work.sort"),
                table.cells(table.rows().get(2)));
        assertEquals("ms", table.values().suffix());
    }

    @Test
    void sampleCountsStandInWhenNoWeightWasRecorded() {
        StackProfile profile = new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), List.of(
                new StackSample(List.of(Frame.java("a")), 3, 0),
                new StackSample(List.of(Frame.java("a"), Frame.java("b")), 1, 0)));
        TopTable table = TopTable.of(StackIndex.of(profile), TopTable.Order.FLAT, 0);

        assertEquals(List.of("Showing nodes accounting for 4, 100% of 4 total",
                "      flat  flat%   sum%        cum   cum%",
                "         3 75.00% 75.00%          4   100%  a",
                "         1 25.00%   100%          1 25.00%  b"), table.text());
    }

    @Test
    void anEmptyProfileShowsNothing() {
        StackProfile empty = new StackProfile(ProfileKind.ALLOC, ProfileInfo.unknown(), List.of());
        TopTable table = TopTable.of(StackIndex.of(empty), null, 10);

        assertEquals(TopTable.Order.FLAT, table.order());
        assertEquals(List.of(), table.rows());
        assertEquals(List.of("Showing nodes accounting for 0, 0% of 0 total"), table.header());
    }

    @Test
    void framesOfOneNameAreOneFunctionWhateverTheirKindOrLine() {
        StackProfile profile = new StackProfile(ProfileKind.CPU, new ProfileInfo("p", "b", "e", "cpu", 0, null, null,
                null, null, null), List.of(
                new StackSample(List.of(new Frame("main", FrameKind.INTERPRETED, "Main.java", 3), new Frame("f", FrameKind.INTERPRETED)), 1, 30),
                new StackSample(List.of(new Frame("main", FrameKind.COMPILED, "Main.java", 7), new Frame("f", FrameKind.C1_COMPILED)), 1, 50),
                new StackSample(List.of(new Frame("main", FrameKind.INLINED), new Frame("f", FrameKind.COMPILED)), 1, 20)));
        TopTable table = TopTable.of(StackIndex.of(profile), TopTable.Order.FLAT, 0);

        assertEquals(List.of(new TopTable.Row("f", 100, 100, 100), new TopTable.Row("main", 0, 100, 100)), table.rows());
        assertEquals(Duration.ZERO, profile.info().duration());
    }
}
