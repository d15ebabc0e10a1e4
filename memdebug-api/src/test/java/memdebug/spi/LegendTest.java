package memdebug.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class LegendTest {

    static final List<String> CASES = PprofCase.NAMES;
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant START = Instant.parse("2025-11-24T16:00:00Z");

    @ParameterizedTest
    @FieldSource("CASES")
    void firstLinesArePprofsLabels(String name) throws IOException {
        PprofCase c = PprofCase.read(name);
        StackIndex index = StackIndex.of(c.profile());
        List<String> ours = Legend.lines(index, TopTable.of(index, TopTable.Order.FLAT, 0).values(), UTC);
        List<String> pprof = c.pprof("top");

        assertEquals(pprof.subList(0, 3), ours.subList(0, 3));
        String duration = pprof.get(3);
        if (c.profile().kind().unit() == ValueUnit.NANOSECONDS) {
            // The same, without the padding pprof puts inside the parentheses.
            assertEquals(duration.replaceAll("\\( +", "("), ours.get(3));
        } else {
            // pprof gives no share of the wall time for other units; memdebug gives the rate.
            assertTrue(ours.get(3).startsWith(duration.strip() + " ("), ours.get(3) + " / " + duration);
            assertTrue(ours.get(3).endsWith("/s)"), ours.get(3));
        }
    }

    @Test
    void cpuLegendAsTheDesignShowsIt() throws IOException {
        StackProfile reference = PprofCase.read("reference").profile();
        ProfileInfo info = new ProfileInfo("myapp.jar", "jmx", "ThreadMXBean", "cpu", 10_000_000L, START,
                START.plusSeconds(2), "OpenJDK 64-Bit Server VM 17.0.15+6", "G1 Young Generation, G1 Old Generation", List.of());
        StackIndex index = StackIndex.of(new StackProfile(ProfileKind.CPU, info, reference.stacks()));

        assertEquals(List.of(
                "File: myapp.jar",
                "Type: cpu",
                "Time: Nov 24, 2025 at 4:00pm (UTC)",
                "Duration: 2s, Total samples = 1000ms (50.00%)",
                "Samples: 4 samples in 4 distinct stacks",
                "Backend: jmx (ThreadMXBean)",
                "Event: cpu, interval 10ms",
                "JVM: OpenJDK 64-Bit Server VM 17.0.15+6",
                "Collector: G1 Young Generation, G1 Old Generation"),
                Legend.lines(index, TopTable.of(index, TopTable.Order.FLAT, 0).values(), UTC));
    }

    @Test
    void allocationLegendSpeaksOfBytesAndListsTheNotes() throws IOException {
        StackProfile alloc = PprofCase.read("alloc").profile();
        ProfileInfo info = new ProfileInfo("alloc.jar", "async-profiler", "TLAB events", "alloc", 512 * 1024, START,
                START.plusSeconds(2), "OpenJDK 64-Bit Server VM 21.0.5+11", "G1 Young Generation",
                List.of("  allocations outside TLABs are sampled less precisely ", "", "the JVM dropped 12 samples"));
        StackIndex index = StackIndex.of(new StackProfile(ProfileKind.ALLOC, info, alloc.stacks()));
        List<String> lines = Legend.lines(index, TopTable.of(index, TopTable.Order.FLAT, 0).values(), UTC);

        assertEquals("Type: alloc", lines.get(1));
        assertEquals("Duration: 2s, Total samples = 114.49MB (57.25MB/s)", lines.get(3));
        assertEquals("Event: alloc, interval 512kB", lines.get(6));
        assertEquals(List.of("Note: allocations outside TLABs are sampled less precisely", "Note: the JVM dropped 12 samples"),
                lines.subList(9, lines.size()));
        for (String line : lines) {
            assertFalse(line.contains("CPU") || line.contains("cpu") || line.contains("time"), line);
        }
    }

    @Test
    void aNewKindWordsItselfFromItsUnit() {
        ProfileKind lock = new ProfileKind("lock", ValueUnit.NANOSECONDS, "lock wait time", "the waiting function");
        ProfileKind events = new ProfileKind("events", ValueUnit.COUNT, "events", "the emitting function");
        List<StackSample> stacks = List.of(new StackSample(List.of(Frame.java("main"), Frame.java("wait")), 3, 1_500_000_000L));
        ProfileInfo info = new ProfileInfo("x.jar", "jfr", "JFR", "jdk.JavaMonitorEnter", 20_000_000, START,
                START.plusSeconds(1), "?", "?", List.of());

        StackIndex lockIndex = StackIndex.of(new StackProfile(lock, info, stacks));
        List<String> lockLines = Legend.lines(lockIndex, null, UTC);
        assertEquals("Type: lock", lockLines.get(1));
        assertEquals("Duration: 1s, Total samples = 1.50s (150.00%)", lockLines.get(3));
        assertEquals("Event: jdk.JavaMonitorEnter, interval 20ms", lockLines.get(6));

        List<String> eventLines = Legend.lines(StackIndex.of(new StackProfile(events, info, stacks)), null, UTC);
        assertEquals("Type: events", eventLines.get(1));
        assertEquals("Duration: 1s, Total samples = 1500000000 (1500000000/s)", eventLines.get(3));
        assertEquals("Event: jdk.JavaMonitorEnter, interval 20000000", eventLines.get(6));
    }

    @Test
    void sampleCountsStandInAndSaySo() {
        StackProfile profile = new StackProfile(ProfileKind.ALLOC, new ProfileInfo("p", "b", "e", "alloc", 0, START,
                START.plus(Duration.ofMillis(1500)), "?", "?", null),
                List.of(new StackSample(List.of(Frame.java("a")), 7, 0)));
        List<String> lines = Legend.lines(StackIndex.of(profile), null, UTC);

        assertEquals("Duration: 1.50s, Total samples = 7 (no allocated bytes recorded: values are sample counts)", lines.get(3));
        assertEquals("Samples: 7 samples in 1 distinct stack", lines.get(4));
        assertEquals("Event: alloc, interval unknown", lines.get(6));
    }

    @Test
    void timeIsPprofsAndUnknownPartsDoNotFail() {
        assertEquals("Nov 24, 2025 at 4:00pm (UTC)", Legend.time(START, UTC));
        assertEquals("Nov 24, 2025 at 5:00pm (Europe/Berlin)", Legend.time(START, ZoneId.of("Europe/Berlin")));
        assertEquals("Nov 24, 2025 at 11:05am (-05:00)", Legend.time(START.plusSeconds(300), java.time.ZoneOffset.ofHours(-5)));
        assertEquals("Nov 24, 2025 at 4:00pm (UTC)", Legend.time(START, java.time.ZoneOffset.UTC));
        assertEquals("Jan 1, 1970 at 12:00am (UTC)", Legend.time(null, UTC));
        List<String> lines = Legend.lines(StackIndex.of(new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), null)), null, null);
        assertEquals("File: ?", lines.get(0));
        assertEquals("Duration: 0, Total samples = 0", lines.get(3));
    }
}
