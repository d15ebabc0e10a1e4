package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.nio.file.Path;
import java.util.Map;
import memdebug.testkit.ChildJvm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which metrics backend a user gets, with no code change, and what each reads for the planted 3:1 workload. */
class BackendsTest {

    @TempDir
    Path dir;

    private static final String NOTHING = "nothing-matches-this";

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void withBothJarsAsyncProfilerIsChosenAndJmxCanBeForced(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result both = ChildJvm.with(p -> p.contains(NOTHING)).jvmArg("-Dmemdebug.dir=" + dir)
                .run(layout, "memdebug.examples", "memdebug.examples.Planted", "300");
        assertEquals(0, both.exit(), both.err());
        assertTrue(both.err().contains("memdebug metrics provider: async-profiler"), both.err());
        assertTrue(both.err().contains("profiling started: async-profiler (cpu, alloc)"), both.err());
        assertFalse(both.err().contains("WARNING"), "no JVM warning (native access): " + both.err());

        ChildJvm.Result forced = ChildJvm.with(p -> p.contains(NOTHING))
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=jmx")
                .run(layout, "memdebug.examples", "memdebug.examples.Planted", "300");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(forced.err().contains("memdebug metrics provider: jmx"), forced.err());
    }

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void aNativeLibraryThatWillNotLoadFallsBackToJmxAndSaysWhy(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.with(p -> p.contains(NOTHING))
                .jvmArg("-Dmemdebug.dir=" + dir, "-Done.profiler.extractPath=/nonexistent/memdebug")
                .run(layout, "memdebug.examples", "memdebug.examples.Planted", "300");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("provider async-profiler is not available here"), r.err());
        assertTrue(r.err().contains("/nonexistent/memdebug"), "the log names the cause: " + r.err());
        assertTrue(r.err().contains("memdebug metrics provider: jmx"), r.err());
    }

    /** An interval async-profiler cannot sample at without starving the host is raised to its floor, once, in the log and the legend. */
    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void aMicrosecondIntervalIsRaisedToAsyncProfilersFloor(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.with(p -> p.contains(NOTHING))
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.interval=1us")
                .run(layout, "memdebug.examples", "memdebug.examples.Planted", "1000");
        assertEquals(0, r.exit(), r.err());
        String said = "memdebug.interval=1µs is shorter than the async-profiler backend samples without starving the host;"
                + " sampling every 1ms instead";
        assertTrue(r.err().contains(said), r.err());
        assertEquals(r.err().indexOf(said), r.err().lastIndexOf(said), "said once");
        String text = DemoTest.text(dir.resolve("cpu.pdf"));
        assertTrue(text.contains("interval 1ms"), text);
    }

    /** The planted workload, read back from the cpu.pdf top table as a user would read it. */
    @ParameterizedTest
    // About 800 jmx samples (5 ms) and 4,000 async-profiler samples (1 ms) over 4 s of one busy thread:
    // the bounds are many binomial standard deviations wide, so a failure means bias.
    @CsvSource({"jmx, 5ms, 0.65, 0.85", "async-profiler, 1ms, 0.70, 0.80"})
    void plantedWorkloadReadsThreeQuartersInThePdf(String backend, String interval, double low, double high)
            throws Exception {
        ChildJvm.Result r = ChildJvm.with(p -> p.contains(NOTHING))
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=" + backend, "-Dmemdebug.interval=" + interval)
                .run(ChildJvm.Layout.MODULE_PATH, "memdebug.examples", "memdebug.examples.Planted", "4000");
        assertEquals(0, r.exit(), r.err());
        String text = DemoTest.text(dir.resolve("cpu.pdf"));
        assertTrue(text.contains("Backend: " + backend), text);
        Map<String, Long> cum = TopTableText.cumByFunction(text);
        long a = cum.getOrDefault("memdebug.examples.Planted.a", 0L);
        long b = cum.getOrDefault("memdebug.examples.Planted.b", 0L);
        double share = (double) a / (a + b);
        System.err.printf("%s: Planted.a share %.3f (a %d ns, b %d ns)%n", backend, share, a, b);
        assertTrue(share >= low && share <= high, backend + ": a's share of a+b " + share + "\n" + text);
    }
}
