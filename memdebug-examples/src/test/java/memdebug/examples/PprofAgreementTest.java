package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import memdebug.testkit.ChildJvm;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The planted shared workload ({@link PlantedShared}) profiled in a child JVM with each backend:
 * {@code go tool pprof -top} on the session's {@code cpu.pb.gz} agrees row for row with the top
 * table of the session's {@code cpu.pdf} (the same functions in the same order, flat and cum within
 * the rounding of both), and shows {@code hotA} and {@code hotB}, which have no flat time, by
 * their cum.
 */
class PprofAgreementTest {

    private static final String HOT = "memdebug.examples.PlantedShared.hot";
    private static final String HOT_A = "memdebug.examples.PlantedShared.hotA";
    private static final String HOT_B = "memdebug.examples.PlantedShared.hotB";

    @TempDir
    Path dir;

    /** The first (by flat) top table of {@code cpu.pdf}, read from its text as a user would read it. */
    static PprofTop pdfTop(Path pdf) throws IOException {
        StringBuilder table = new StringBuilder();
        boolean in = false;
        for (String line : DemoTest.text(pdf).split("\\R")) {
            if (line.startsWith("Top functions by")) {
                if (in) {
                    break; // the second table, by cum
                }
                in = true;
            } else if (in && line.matches(" *[0-9]\\S* +\\S+% +\\S+% +\\S+ +\\S+% +\\S.*")) {
                // The PDF's columns as pprof prints them, two spaces before the function.
                String[] f = line.trim().split(" +", 6);
                table.append(String.join(" ", f[0], f[1], f[2], f[3], f[4])).append("  ").append(f[5]).append('\n');
            }
        }
        return PprofTop.parse("      flat  flat%   sum%        cum   cum%\n" + table);
    }

    @ParameterizedTest
    // About 600 jmx samples (5 ms) and 3,000 async-profiler samples (1 ms) of one busy thread.
    @CsvSource({"jmx, 5ms, 5000000", "async-profiler, 1ms, 1000000"})
    void goToolPprofTopAgreesWithMemdebugsTopTable(String backend, String interval, long period) throws Exception {
        ChildJvm.Result r = ChildJvm.with(p -> false)
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=" + backend, "-Dmemdebug.interval=" + interval)
                .run(ChildJvm.Layout.MODULE_PATH, "memdebug.examples", "memdebug.examples.PlantedShared", "3000");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("memdebug metrics provider: " + backend), r.err());

        Path pprof = dir.resolve("cpu.pb.gz");
        String text = GoPprof.run(pprof, "-top");
        PprofTop top = PprofTop.parse(text);
        PprofTop pdf = pdfTop(dir.resolve("cpu.pdf"));
        top.assertRows(pdf.rows(), text + "\nthe PDF's table:\n" + pdf.rows(), pdf.rounding());

        TopRow a = top.row(HOT_A);
        TopRow b = top.row(HOT_B);
        TopRow hot = top.row(HOT);
        assertTrue(hot.flat() > 0.9 * (a.cum() + b.cum()), "hot does the work: " + text);
        double share = (double) a.cum() / (a.cum() + b.cum());
        PlantedSplit.assertShare(backend + ": hotA's share of hotA+hotB by pprof's cum", 0.75, share,
                PlantedSplit.samples(DemoTest.text(dir.resolve("cpu.pdf"))), 0.10, text);
        assertEquals("cpu", top.header("Type: "));
        assertTrue(top.header().stream().anyMatch(l -> l.startsWith("memdebug: backend " + backend + " (")),
                top.header().toString());

        String raw = GoPprof.run(pprof, "-raw");
        assertTrue(raw.contains("PeriodType: cpu nanoseconds\nPeriod: " + period + "\n"), raw);
        assertTrue(raw.contains("samples/count cpu/nanoseconds[dflt]"), raw);
    }
}
