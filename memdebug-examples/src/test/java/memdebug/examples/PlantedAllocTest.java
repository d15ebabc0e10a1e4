package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import memdebug.api.MemDebugger;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;
import memdebug.testkit.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The planted allocation workload through async-profiler: allocateA allocates three times the
 * bytes of allocateB, the CPU work beside them (computeA three times computeB) allocates nothing. 1,500 allocation samples
 * at 512 KiB (4 s on a busy 2-core machine) put 0.70 and 0.80 4.5 binomial standard deviations
 * from 0.75, so a failure means bias; the CPU split has about 2,000 samples at 1 ms.
 */
class PlantedAllocTest {

    private static final String A = "memdebug.examples.PlantedAlloc.allocateA";
    private static final String B = "memdebug.examples.PlantedAlloc.allocateB";
    private static final String CPU_A = "memdebug.examples.PlantedAlloc.computeA";
    private static final String CPU_B = "memdebug.examples.PlantedAlloc.computeB";

    @TempDir
    Path dir;

    /** Read from what the report provider is given. */
    @Test
    void theReportIsGivenBytesSplitThreeToOneWithTheTypesOnTop() throws Exception {
        Recorder recorder = new Recorder();
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir)
                .metrics(IntervalsTest.provider("memdebug.asyncprofiler.AsyncProfilerProvider")).report(recorder)
                .writeOnExit(false).interval(Duration.ofMillis(1)).build();
        md.profile();
        PlantedAlloc.run(4000);
        md.writeProfile();

        StackProfile alloc = session(recorder, ProfileKind.ALLOC);
        long a = Recorder.weightUnder(alloc, A);
        long b = Recorder.weightUnder(alloc, B);
        double share = (double) a / (a + b);
        System.err.printf("in-JVM allocations: allocateA share %.3f (%d samples, %s)%n", share,
                alloc.totalSamples(), alloc.info().engine());
        assertTrue(share >= 0.70 && share <= 0.80, "allocateA's share of A+B bytes: " + share);
        assertEquals(0, Recorder.weightUnder(alloc, CPU_A), "the CPU hot spot allocates nothing");
        assertEquals(0, Recorder.weightUnder(alloc, CPU_B), "the CPU hot spot allocates nothing");
        assertEquals("async-profiler", alloc.info().backend());
        assertEquals("alloc", alloc.info().event());
        assertEquals(512 * 1024, alloc.info().period());
        for (StackSample s : alloc.stacks()) {
            assertEquals(FrameKind.ALLOCATED_TYPE, s.leaf().kind(), s.toString());
            String caller = s.frames().get(s.frames().size() - 2).name();
            if (caller.equals(A)) {
                assertEquals("byte[]", s.leaf().name());
            } else if (caller.equals(B)) {
                assertEquals("long[]", s.leaf().name());
            }
        }

        StackProfile cpu = session(recorder, ProfileKind.CPU);
        double cpuShare = (double) Recorder.weightUnder(cpu, CPU_A)
                / (Recorder.weightUnder(cpu, CPU_A) + Recorder.weightUnder(cpu, CPU_B));
        System.err.printf("in-JVM CPU: computeA share %.3f%n", cpuShare);
        assertTrue(cpuShare >= 0.70 && cpuShare <= 0.80, "computeA's share of A+B CPU time: " + cpuShare);
        assertTrue(cpu.stacks().stream().flatMap(s -> s.frames().stream()).noneMatch(f -> f.kind() == FrameKind.ALLOCATED_TYPE));
    }

    /**
     * In a child JVM on each path, as a user runs it: alloc.pdf and cpu.pdf beside each other, the
     * shares read from their top tables. (alloc.pdf's top table prints bytes in whatever unit the
     * PDF report chooses; the share is a ratio, so any unit reads the same.)
     */
    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void allocPdfAndCpuPdfReadThreeQuartersFromOneRun(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = ChildJvm.with(p -> false)
                .jvmArg("-Dmemdebug.dir=" + dir, "-Dmemdebug.interval=1ms")
                // A heap touched up front: fewer page-fault stacks from a growing heap in the CPU report.
                .jvmArg("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch")
                .run(layout, "memdebug.examples", "memdebug.examples.PlantedAlloc", "4000");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("profiling started: async-profiler (cpu, alloc)"), r.err());
        assertFalse(r.err().contains("WARN"), r.err());
        assertEquals("", r.out(), "async-profiler says nothing on the host's stdout");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("alloc.html", "alloc.pb.gz", "alloc.pdf", "cpu.html", "cpu.pb.gz", "cpu.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "every kind through every report");
        }

        String alloc = DemoTest.text(dir.resolve("alloc.pdf"));
        Map<String, Long> allocCum = TopTableText.cumByFunction(alloc);
        long a = allocCum.getOrDefault(A, 0L);
        long b = allocCum.getOrDefault(B, 0L);
        double share = (double) a / (a + b);
        System.err.printf("%s: alloc.pdf allocateA share %.3f%n", layout, share);
        assertTrue(share >= 0.70 && share <= 0.80, "allocateA's share of A+B in alloc.pdf: " + share + "\n" + alloc);
        assertTrue(allocCum.containsKey("byte[]") && allocCum.containsKey("long[]"), alloc);
        assertFalse(alloc.contains(CPU_A) || alloc.contains(CPU_B), "the CPU hot spot is absent:\n" + alloc);

        String cpu = DemoTest.text(dir.resolve("cpu.pdf"));
        Map<String, Long> cpuCum = TopTableText.cumByFunction(cpu);
        double cpuShare = (double) cpuCum.getOrDefault(CPU_A, 0L)
                / (cpuCum.getOrDefault(CPU_A, 0L) + cpuCum.getOrDefault(CPU_B, 0L));
        System.err.printf("%s: cpu.pdf computeA share %.3f%n", layout, cpuShare);
        assertTrue(cpuShare >= 0.70 && cpuShare <= 0.80, "computeA's share in cpu.pdf: " + cpuShare + "\n" + cpu);
        assertFalse(cpu.contains("byte[]"), "no allocated type in the CPU report");
    }

    private static StackProfile session(Recorder recorder, ProfileKind kind) {
        List<StackProfile> of = recorder.profiles.stream().filter(p -> p.kind().equals(kind)).toList();
        assertEquals(1, of.size(), kind + ": the session only");
        return of.get(0);
    }
}
