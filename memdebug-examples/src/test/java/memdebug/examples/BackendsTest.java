package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


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

        ChildJvm.Result jfr = ChildJvm.with(p -> p.contains(NOTHING))
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=jfr")
                .run(layout, "memdebug.examples", "memdebug.examples.Planted", "300");
        assertEquals(0, jfr.exit(), jfr.err());
        assertTrue(jfr.err().contains("memdebug metrics provider: jfr"), jfr.err());
        assertTrue(jfr.err().contains("profiling started: jfr (cpu, alloc)"), jfr.err());
    }

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void withJmxAndJfrJfrIsChosenAndJmxCanBeForced(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result pureJdk = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler")).jvmArg("-Dmemdebug.dir=" + dir)
                .run(layout, "memdebug.examples", "memdebug.examples.Planted", "300");
        assertEquals(0, pureJdk.exit(), pureJdk.err());
        assertTrue(pureJdk.err().contains("memdebug metrics provider: jfr"), pureJdk.err());
        assertTrue(java.nio.file.Files.exists(dir.resolve("alloc.pdf")), "jfr samples allocations too");

        ChildJvm.Result forced = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler"))
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=jmx")
                .run(layout, "memdebug.examples", "memdebug.examples.Planted", "300");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(forced.err().contains("memdebug metrics provider: jmx"), forced.err());
        assertTrue(forced.err().contains("profiling started: jmx (cpu)"), forced.err());
    }

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void aNativeLibraryThatWillNotLoadFallsBackToTheNextAndSaysWhy(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.with(p -> p.contains(NOTHING))
                .jvmArg("-Dmemdebug.dir=" + dir, "-Done.profiler.extractPath=/nonexistent/memdebug")
                .run(layout, "memdebug.examples", "memdebug.examples.Planted", "300");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("provider async-profiler is not available here"), r.err());
        assertTrue(r.err().contains("/nonexistent/memdebug"), "the log names the cause: " + r.err());
        assertTrue(r.err().contains("memdebug metrics provider: jfr"), r.err());
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
    // About 800 jmx samples (5 ms), 4,000 async-profiler samples (1 ms) over 4 s of one busy thread; jfr runs 6 s:
    // JFR's CPU-time sampler on JDK 25 takes no less than the kernel's timer tick (4 ms here), and its shares
    // spread wider than binomial noise (0.693 to 0.778 in 7 runs of 4 s, about 1,000 samples each). The bounds are
    // several standard deviations wide, and wider when a busy machine left fewer samples (PlantedSplit), so a
    // failure means bias.
    @CsvSource({"jmx, 5ms, 4000, 0.10, MODULE_PATH", "async-profiler, 1ms, 4000, 0.05, MODULE_PATH",
        "jfr, 1ms, 6000, 0.05, MODULE_PATH", "jfr, 1ms, 6000, 0.05, CLASS_PATH"})
    void plantedWorkloadReadsThreeQuartersInThePdf(String backend, String interval, String millis, double bound,
                                                   ChildJvm.Layout layout) throws Exception {
        Split split = plantedShare(layout, backend, interval, millis);
        PlantedSplit.assertShare(backend + ": a's share of a+b", 0.75, split.share(), split.samples(), bound, "");
    }

    /** Work on virtual threads is profiled with the threads' own frames (JDK 21+). */
    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void plantedWorkloadOnVirtualThreadsReadsThreeQuartersWithJfr(ChildJvm.Layout layout) throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads: JDK 21+");
        Split split = plantedShare(layout, "jfr", "1ms", "4000", "virtual=4");
        PlantedSplit.assertShare("jfr on virtual threads: a's share of a+b", 0.75, split.share(), split.samples(), 0.05, "");
    }

    /** A planted split as a profile read it: a's share, and the samples it was read from. */
    private record Split(double share, long samples) {
    }

    private Split plantedShare(ChildJvm.Layout layout, String backend, String interval, String... args) throws Exception {
        ChildJvm.Result r = ChildJvm.with(p -> p.contains(NOTHING))
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=" + backend, "-Dmemdebug.interval=" + interval,
                        "-Dmemdebug.profiles=cpu")
                .run(layout, "memdebug.examples", "memdebug.examples.Planted", args);
        assertEquals(0, r.exit(), r.err());
        String text = DemoTest.text(dir.resolve("cpu.pdf"));
        assertTrue(text.contains("Backend: " + backend), text);
        Map<String, Long> cum = TopTableText.cumByFunction(text);
        long a = cum.getOrDefault("memdebug.examples.Planted.a", 0L);
        long b = cum.getOrDefault("memdebug.examples.Planted.b", 0L);
        double share = (double) a / (a + b);
        System.err.printf("%s %s %s: Planted.a share %.3f (a %d ns, b %d ns)%n", backend, layout, String.join(" ", args),
                share, a, b);
        return new Split(share, PlantedSplit.samples(text));
    }

    /**
     * The planted allocations, read back from alloc.pdf's top table. The PDF's wording of byte
     * values comes with the reports-pdf work; the split is a ratio, so it reads right either way.
     */
    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void plantedAllocationsReadThreeQuartersInAllocPdf(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.with(p -> p.contains(NOTHING))
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.metrics=jfr")
                .run(layout, "memdebug.examples", "memdebug.examples.PlantedSmallAllocations", "4000");
        assertEquals(0, r.exit(), r.err());
        String text = DemoTest.text(dir.resolve("alloc.pdf"));
        assertTrue(text.contains("Type: alloc"), text);
        assertTrue(text.contains("Backend: jfr (jdk.ObjectAllocationSample)"), text);
        Map<String, Long> cum = TopTableText.cumByFunction(text);
        long a = cum.getOrDefault("memdebug.examples.PlantedSmallAllocations.a", 0L);
        long b = cum.getOrDefault("memdebug.examples.PlantedSmallAllocations.b", 0L);
        double share = (double) a / (a + b);
        System.err.printf("jfr %s: PlantedSmallAllocations.a share %.3f of the bytes%n", layout, share);
        assertTrue(share >= 0.65 && share <= 0.85, "a's share of a+b in alloc.pdf " + share + "\n" + text);
        assertTrue(cum.containsKey("byte[]"), "the allocated type is a function of the table: " + cum.keySet());
    }
}
