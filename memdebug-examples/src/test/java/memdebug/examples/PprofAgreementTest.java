package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import memdebug.testkit.ChildJvm;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The planted shared workload ({@link PlantedShared}) profiled in a child JVM with each backend:
 * {@code go tool pprof -top} on the session's {@code cpu.pb.gz} agrees row for row with the top
 * table memdebug reports, and shows {@code hotA} and {@code hotB}, which have no flat time, by
 * their cum.
 */
class PprofAgreementTest {

    private static final String HOT = "memdebug.examples.PlantedShared.hot";
    private static final String HOT_A = "memdebug.examples.PlantedShared.hotA";
    private static final String HOT_B = "memdebug.examples.PlantedShared.hotB";

    @TempDir
    Path dir;

    /**
     * The top table memdebug reports for the session in {@code dir}, by pprof's rules. Today it is
     * computed from {@code cpu.stacks}, the profile the reports were given; once the PDF's top table
     * follows pprof's rules this becomes the rows of the PDF's text.
     */
    static List<TopRow> memdebugTop(Path dir) throws IOException {
        return PprofRules.top(StacksReport.read(dir.resolve("cpu.stacks")));
    }

    @ParameterizedTest
    // About 600 jmx samples (5 ms) and 3,000 async-profiler samples (1 ms) of one busy thread.
    @CsvSource({"jmx, 5ms, 5000000", "async-profiler, 1ms, 1000000"})
    void goToolPprofTopAgreesWithMemdebugsTopTable(String backend, String interval, long period) throws Exception {
        Path testClasses = Path.of(RecordedPlantedShared.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ChildJvm.Result r = ChildJvm.with(p -> false)
                .jvmArg("--patch-module", "memdebug.examples=" + testClasses)
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=" + backend, "-Dmemdebug.interval=" + interval)
                .run(ChildJvm.Layout.MODULE_PATH, "memdebug.examples", "memdebug.examples.RecordedPlantedShared", "3000");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("memdebug metrics provider: " + backend), r.err());

        Path pprof = dir.resolve("cpu.pb.gz");
        String text = GoPprof.run(pprof, "-top");
        PprofTop top = PprofTop.parse(text);
        List<TopRow> memdebug = memdebugTop(dir);
        top.assertRows(memdebug, text);

        TopRow a = top.row(HOT_A);
        TopRow b = top.row(HOT_B);
        TopRow hot = top.row(HOT);
        assertTrue(hot.flat() > 0.9 * (a.cum() + b.cum()), "hot does the work: " + text);
        double share = (double) a.cum() / (a.cum() + b.cum());
        System.err.printf("%s: hotA's share of hotA+hotB by pprof's cum %.3f%n", backend, share);
        assertTrue(share > 0.65 && share < 0.85, backend + ": hotA has three times hotB's work: " + share + "\n" + text);
        assertEquals("cpu", top.header("Type: "));
        assertTrue(top.header().stream().anyMatch(l -> l.startsWith("memdebug: backend " + backend + " (")),
                top.header().toString());

        String raw = GoPprof.run(pprof, "-raw");
        assertTrue(raw.contains("PeriodType: cpu nanoseconds\nPeriod: " + period + "\n"), raw);
        assertTrue(raw.contains("samples/count cpu/nanoseconds[dflt]"), raw);
    }
}
