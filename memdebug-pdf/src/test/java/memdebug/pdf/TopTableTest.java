package memdebug.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

class TopTableTest {

    /** The rows of /work/shared/reference/pprof-top-example.txt, copied here so the module's tests stand alone. */
    private static final List<String> PPROF_TOP = List.of(
            "600ms 60.00% 60.00% 600ms 60.00% com.example.Work.hash",
            "300ms 30.00% 90.00% 300ms 30.00% java.util.Arrays.sort",
            "90ms 9.00% 99.00% 390ms 39.00% com.example.Work.sort",
            "10ms 1.00% 100% 1000ms 100% com.example.App.main");

    @Test
    void referenceProfileGivesPprofsRows() {
        StackProfile profile = Profiles.reference();
        TopTable table = TopTable.of(StackTrie.of(profile.stacks(), WeightBasis.WEIGHT), 100);
        ValueFormat values = ValueFormat.forValues(WeightBasis.WEIGHT, table.smallestFlat(), table.largestCum());

        assertEquals(PPROF_TOP, rows(table, values));
        assertEquals(1_000_000_000L, table.total());
        assertEquals(0, table.dropped());
        assertEquals(List.of("Showing nodes accounting for 1000ms, 100% of 1000ms total"), TopTablePainter.summary(table, values));
    }

    @Test
    void referenceFileAgreesWhenPresent() throws IOException {
        Path file = Path.of("/work/shared/reference/pprof-top-example.txt");
        assumeTrue(Files.exists(file), "reference file not on this machine");
        List<String> lines = Files.readAllLines(file);
        int heading = 0;
        while (!lines.get(heading).trim().startsWith("flat")) {
            heading++;
        }
        List<String> rows = lines.subList(heading + 1, lines.size()).stream()
                .map(line -> line.trim().replaceAll("\\s+", " "))
                .toList();
        assertEquals(rows, PPROF_TOP);
        assertEquals("Showing nodes accounting for 1000ms, 100% of 1000ms total", lines.get(heading - 1));
    }

    @Test
    void recursionCountsOncePerStackInCum() {
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.info("rec", Duration.ofSeconds(1)), List.of(
                Profiles.stack(1, 100, "a", "b", "a", "b"),
                Profiles.stack(1, 50, "a", "b", "a")));
        TopTable table = TopTable.of(StackTrie.of(profile.stacks(), WeightBasis.WEIGHT), 100);

        assertEquals(List.of(
                new TopRow("b", 100_000_000, 150_000_000, 100_000_000),
                new TopRow("a", 50_000_000, 150_000_000, 150_000_000)), table.rows());
    }

    @Test
    void tiesOrderByCumThenName() {
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.info("ties", Duration.ofSeconds(1)), List.of(
                Profiles.stack(1, 10, "z"),
                Profiles.stack(1, 10, "a"),
                Profiles.stack(1, 10, "y"),
                Profiles.stack(1, 5, "y", "v")));
        TopTable table = TopTable.of(StackTrie.of(profile.stacks(), WeightBasis.WEIGHT), 100);

        assertEquals(List.of("y", "a", "z", "v"), table.rows().stream().map(TopRow::function).toList());
    }

    @Test
    void rowsBeyondTheLimitAreDroppedAndCounted() {
        List<StackSample> stacks = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            stacks.add(Profiles.stack(1, i * 10L, "f" + i));
        }
        TopTable table = TopTable.of(StackTrie.of(stacks, WeightBasis.WEIGHT), 3);
        ValueFormat values = ValueFormat.forValues(WeightBasis.WEIGHT, table.smallestFlat(), table.largestCum());

        assertEquals(List.of("f10", "f9", "f8"), table.rows().stream().map(TopRow::function).toList());
        assertEquals(7, table.dropped());
        assertEquals(List.of(
                "Showing nodes accounting for 270ms, 49.09% of 550ms total",
                "Dropped 7 functions (flat <= 80ms)",
                "Showing top 3 functions out of 10"), TopTablePainter.summary(table, values));
    }

    @Test
    void samplesStandInWhenNoCpuTimeWasRecorded() {
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.info("counts", Duration.ofSeconds(1)), List.of(
                new StackSample(List.of(memdebug.spi.Frame.java("a")), 3, 0),
                new StackSample(List.of(memdebug.spi.Frame.java("a"), memdebug.spi.Frame.java("b")), 1, 0)));
        WeightBasis basis = WeightBasis.of(profile);
        TopTable table = TopTable.of(StackTrie.of(profile.stacks(), basis), 100);
        ValueFormat values = ValueFormat.forValues(basis, table.smallestFlat(), table.largestCum());

        assertEquals(WeightBasis.SAMPLES, basis);
        assertEquals(List.of("3 75.00% 75.00% 4 100% a", "1 25.00% 100% 1 25.00% b"), rows(table, values));
    }

    private static List<String> rows(TopTable table, ValueFormat values) {
        return table.rows().stream()
                .map(row -> String.join(" ", TopTablePainter.cells(row, table.total(), values)))
                .toList();
    }
}
