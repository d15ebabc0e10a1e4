package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/** What the real {@code go tool pprof} reads from memdebug's pprof files: {@code -raw}, {@code -top}, {@code -traces}. */
class PprofToolTest {

    private static final Instant START = Instant.parse("2025-11-24T16:00:00Z");

    @TempDir
    Path dir;

    static ReportProvider pprof() {
        return ServiceLoader.load(ReportProvider.class).stream()
                .filter(p -> p.type().getName().equals("memdebug.pprof.PprofReportProvider")).findFirst()
                .orElseThrow(() -> new AssertionError("memdebug-pprof is not on the class path")).get();
    }

    private Path write(StackProfile profile) throws Exception {
        Path file = dir.resolve(profile.kind().id() + ".pb.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            pprof().write(profile, out);
        }
        return file;
    }

    private static ProfileInfo info(String event, long period, Duration duration) {
        return new ProfileInfo("myapp.jar", "jmx", "ThreadMXBean", event, period, START, START.plus(duration),
                "OpenJDK 64-Bit Server VM 17.0.15+6", "G1 Young Generation", List.of("3 samples of memdebug's own threads left out"));
    }

    private static StackSample stack(long samples, long weight, String... names) {
        return new StackSample(java.util.Arrays.stream(names).map(Frame::java).toList(), samples, weight);
    }

    /** shared/reference/pprof-top-example.txt, the table of `go tool pprof -top` for the profile below. */
    private static final String REFERENCE_TOP = """
                  flat  flat%   sum%        cum   cum%
                 600ms 60.00% 60.00%      600ms 60.00%  com.example.Work.hash
                 300ms 30.00% 90.00%      300ms 30.00%  java.util.Arrays.sort
                  90ms  9.00% 99.00%      390ms 39.00%  com.example.Work.sort
                  10ms  1.00%   100%     1000ms   100%  com.example.App.main
            """;

    private static StackProfile reference() {
        return new StackProfile(ProfileKind.CPU, info("cpu", 10_000_000, Duration.ofSeconds(2)), List.of(
                stack(1, 10_000_000, "com.example.App.main"),
                stack(60, 600_000_000, "com.example.App.main", "com.example.Work.hash"),
                stack(9, 90_000_000, "com.example.App.main", "com.example.Work.sort"),
                stack(30, 300_000_000, "com.example.App.main", "com.example.Work.sort", "java.util.Arrays.sort")));
    }

    @Test
    void rawShowsThePeriodTheDurationAndTheSampleTypesOfACpuProfile() throws Exception {
        String raw = GoPprof.run(write(reference()), "-raw");

        assertTrue(raw.contains("PeriodType: cpu nanoseconds\nPeriod: 10000000\n"), raw);
        assertTrue(raw.contains("Time: 2025-11-24 16:00:00 +0000 UTC\nDuration: 2s\n"), raw);
        assertTrue(raw.contains("samples/count cpu/nanoseconds[dflt]\n"), raw);
        assertTrue(raw.contains("         60  600000000: "), "the samples and CPU time of Work.hash: " + raw);
        assertTrue(raw.contains("Comment: memdebug: backend jmx (ThreadMXBean), event cpu\n"), raw);
        assertTrue(raw.contains("Comment: Note: 3 samples of memdebug's own threads left out\n"), raw);
    }

    @Test
    void rawShowsThePeriodAndSampleTypesOfAnAllocationProfile() throws Exception {
        StackProfile alloc = new StackProfile(ProfileKind.ALLOC, info("alloc", 524_288, Duration.ofMillis(1500)), List.of(
                new StackSample(List.of(Frame.java("App.main"), Frame.java("App.read"),
                        new Frame("byte[]", FrameKind.ALLOCATED_TYPE)), 6, 3_145_728),
                new StackSample(List.of(Frame.java("App.main"), new Frame("java.lang.String", FrameKind.ALLOCATED_TYPE)),
                        2, 1_048_576)));
        Path file = write(alloc);

        String raw = GoPprof.run(file, "-raw");
        assertTrue(raw.contains("PeriodType: space bytes\nPeriod: 524288\n"), raw);
        assertTrue(raw.contains("Duration: 1.5s\n"), raw);
        assertTrue(raw.contains("samples/count alloc_space/bytes[dflt]\n"), raw);

        String text = GoPprof.run(file, "-top");
        PprofTop top = PprofTop.parse(text);
        assertEquals("alloc_space", top.header("Type: "));
        top.assertRows(List.of(new TopRow("byte[]", 3_145_728, 3_145_728),
                new TopRow("java.lang.String", 1_048_576, 1_048_576),
                new TopRow("App.main", 0, 4_194_304), new TopRow("App.read", 0, 3_145_728)), text);
        assertEquals(List.of(new TopRow("byte[]", 3_145_728, 3_145_728)),
                PprofTop.parse(GoPprof.run(file, "-top", "-alloc_space", "-focus=read")).rows().subList(0, 1),
                "pprof's own -alloc_space picks the weight");
    }

    @Test
    void topOfTheReferenceProfileIsTheReferenceTable() throws Exception {
        String text = GoPprof.run(write(reference()), "-top");
        PprofTop top = PprofTop.parse(text);

        top.assertRows(PprofTop.parse(REFERENCE_TOP).rows(), text);
        top.assertRows(memdebugTop(reference()), text);
        assertEquals("myapp.jar", top.header("File: "));
        assertEquals("cpu", top.header("Type: "));
        assertTrue(text.contains("Duration: 2s, Total samples = 1"), text);
    }

    @Test
    void namesSurviveRawTopAndTraces() throws Exception {
        List<String> names = List.of("com.example.Main.main", "com.example.Ünïcødé.日本語", "com.example.Outer$Inner.run",
                "com.example.Main.<init>", "com.example.Main.<clinit>",
                "com.example.Main$$Lambda/0x000071c3a4003a00.run",
                "com.example.Main$$Lambda$14/0x0000000800c03000.apply",
                "java.lang.invoke.LambdaForm$MH/0x00007f0c1c00d400.invoke",
                "com.example.Proxy$1.lambda$call$0", "🔥.hot");
        List<StackSample> stacks = new ArrayList<>();
        // One stack through all of them, and each also as a leaf, so every name has a row in -top.
        stacks.add(stack(1, 1_000_000, names.toArray(String[]::new)));
        for (int i = 1; i < names.size(); i++) {
            stacks.add(stack(i, i * 10_000_000L, names.subList(0, i + 1).toArray(String[]::new)));
        }
        StackProfile profile = new StackProfile(ProfileKind.CPU, info("cpu", 10_000_000, Duration.ofSeconds(1)), stacks);
        Path file = write(profile);

        String raw = GoPprof.run(file, "-raw");
        String traces = GoPprof.run(file, "-traces");
        String text = GoPprof.run(file, "-top");
        for (String name : names) {
            assertTrue(raw.contains(" " + name + " :0 s=0\n"), name + " in -raw:\n" + raw);
            assertTrue(traces.contains("   " + name + "\n"), name + " in -traces:\n" + traces);
        }
        PprofTop.parse(text).assertRows(memdebugTop(profile), text);
    }

    @Test
    void inlinedFramesAreMarkedInlineAndSourcePositionsKept() throws Exception {
        StackProfile profile = new StackProfile(ProfileKind.CPU, info("cpu", 10_000_000, Duration.ofSeconds(1)), List.of(
                new StackSample(List.of(new Frame("App.main", FrameKind.INTERPRETED, "App.java", 5),
                        new Frame("Work.loop", FrameKind.COMPILED, "Work.java", 17),
                        new Frame("Work.step", FrameKind.INLINED, "Work.java", 30)), 50, 500_000_000),
                new StackSample(List.of(new Frame("App.main", FrameKind.INTERPRETED, "App.java", 6),
                        new Frame("clock_gettime", FrameKind.KERNEL)), 5, 50_000_000)));
        Path file = write(profile);

        PprofTop top = PprofTop.parse(GoPprof.run(file, "-top"));
        assertEquals(List.of("Work.step"), top.inline());
        String traces = GoPprof.run(file, "-traces");
        assertTrue(traces.contains("     500ms   Work.step (inline)\n             Work.loop\n             App.main\n"), traces);
        String lines = GoPprof.run(file, "-top", "-lines");
        assertTrue(lines.contains("Work.step Work.java:30 (inline)"), lines);
        assertTrue(lines.contains("App.main App.java:6"), lines);

        // Frame kinds are mappings: pprof's -hide drops the kernel's frames by their mapping's name.
        PprofTop hidden = PprofTop.parse(GoPprof.run(file, "-top", "-hide=^\\[kernel\\]$"));
        assertTrue(hidden.rows().stream().noneMatch(r -> r.function().equals("clock_gettime")), hidden.rows().toString());
        assertEquals(550_000_000, hidden.row("App.main").cum(), hidden.rounding());
    }

    /** The rows of memdebug's own top table (the one every report prints), by flat. */
    private static List<TopRow> memdebugTop(StackProfile profile) {
        return memdebug.spi.TopTable.of(memdebug.spi.StackIndex.of(profile), memdebug.spi.TopTable.Order.FLAT, Integer.MAX_VALUE)
                .rows().stream().map(r -> new TopRow(r.function(), r.flat(), r.cum())).toList();
    }
}
