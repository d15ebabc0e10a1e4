package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import memdebug.spi.ProfileKind;
import memdebug.spi.SamplerSettings;
import org.junit.jupiter.api.Test;

class RecordingPlanTest {

    private static final JvmFacts JDK17 = new JvmFacts(Set.of("jdk.ExecutionSample", "jdk.ObjectAllocationSample"), true, false);
    private static final JvmFacts JDK25 = new JvmFacts(Set.of("jdk.ExecutionSample", "jdk.CPUTimeSample"), true, false);
    private static final JvmFacts JDK25_MAC = new JvmFacts(Set.of("jdk.ExecutionSample", "jdk.CPUTimeSample"), false, false);
    private static final JvmFacts JDK25_ASYNC = new JvmFacts(Set.of("jdk.ExecutionSample", "jdk.CPUTimeSample"), true, true);

    private static SamplerSettings wanted(Duration interval, ProfileKind... kinds) {
        return new SamplerSettings(interval, 0, Set.of(kinds), SamplerSettings.MEMDEBUG_THREAD_PREFIX);
    }

    @Test
    void onItsOwnItRecordsExecutionSamplesInWholeMillisecondsAndThrottledAllocations() {
        RecordingPlan p = RecordingPlan.of(wanted(Duration.ofMillis(10), ProfileKind.CPU, ProfileKind.ALLOC),
                SamplerChoice.AUTO, JDK17, HostRecordings.none());
        assertEquals(CpuEngine.EXECUTION, p.cpu());
        assertEquals(10_000_000, p.cpuPeriodNanos());
        assertEquals(10_000_000, p.nativePeriodNanos());
        assertEquals(Optional.of("300/s"), p.allocThrottle());
        assertEquals(List.of(ProfileKind.CPU, ProfileKind.ALLOC), p.kinds());
        assertEquals(Map.of("jdk.ExecutionSample#enabled", "true", "jdk.ExecutionSample#period", "10 ms",
                "jdk.NativeMethodSample#enabled", "true", "jdk.NativeMethodSample#period", "10 ms",
                "jdk.ObjectAllocationSample#enabled", "true", "jdk.ObjectAllocationSample#throttle", "300/s",
                "jdk.ObjectAllocationSample#stackTrace", "true",
                "jdk.Flush#enabled", "true", "jdk.Flush#threshold", "0 ns"), p.settings());
        assertTrue(p.flushEvents());

        RecordingPlan odd = RecordingPlan.of(wanted(Duration.ofMillis(3).plusNanos(600_000), ProfileKind.CPU),
                SamplerChoice.AUTO, JDK17, HostRecordings.none());
        assertEquals(4_000_000, odd.cpuPeriodNanos(), "rounded to whole milliseconds");
        assertEquals(List.of("JFR samples in whole milliseconds: every 4 ms"), odd.cpuNotes());
        assertEquals(List.of(ProfileKind.CPU), odd.kinds());
    }

    @Test
    void onJdk25LinuxTheCpuTimeSamplerIsUsedUnlessExecutionIsAskedFor() {
        RecordingPlan p = RecordingPlan.of(wanted(Duration.ofMillis(1).plusNanos(500_000), ProfileKind.CPU),
                SamplerChoice.AUTO, JDK25, HostRecordings.none());
        assertEquals(CpuEngine.CPU_TIME, p.cpu());
        assertEquals("1500us", p.settings().get("jdk.CPUTimeSample#throttle"));
        assertEquals("true", p.settings().get("jdk.CPUTimeSamplesLost#enabled"));
        assertEquals(null, p.settings().get("jdk.ExecutionSample#enabled"));
        assertEquals(1_500_000, p.cpuPeriodNanos());

        assertEquals(CpuEngine.EXECUTION, RecordingPlan.of(wanted(Duration.ofMillis(10), ProfileKind.CPU),
                SamplerChoice.EXECUTION, JDK25, HostRecordings.none()).cpu());
        RecordingPlan mac = RecordingPlan.of(wanted(Duration.ofMillis(10), ProfileKind.CPU), SamplerChoice.CPU_TIME,
                JDK25_MAC, HostRecordings.none());
        assertEquals(CpuEngine.EXECUTION, mac.cpu(), "the CPU-time sampler is Linux only");
        assertTrue(mac.cpuNotes().get(0).contains("no CPU-time sampler"), mac.cpuNotes().toString());
        RecordingPlan async = RecordingPlan.of(wanted(Duration.ofMillis(10), ProfileKind.CPU), SamplerChoice.AUTO,
                JDK25_ASYNC, HostRecordings.none());
        assertEquals(CpuEngine.EXECUTION, async.cpu(), "async-profiler keeps SIGPROF: JFR's CPU-time samples would not come");
        assertTrue(async.cpuNotes().get(0).contains("async-profiler is loaded"), async.cpuNotes().toString());
    }

    @Test
    void besideAHostRecordingItAsksForNothingMore() {
        HostRecordings host = new HostRecordings(List.of("app"), List.of(Map.of(
                "jdk.ExecutionSample#enabled", "true", "jdk.ExecutionSample#period", "20 ms",
                "jdk.NativeMethodSample#enabled", "true", "jdk.NativeMethodSample#period", "20 ms",
                "jdk.ObjectAllocationSample#enabled", "true", "jdk.ObjectAllocationSample#throttle", "150/s",
                "jdk.GarbageCollection#enabled", "true")));
        RecordingPlan p = RecordingPlan.of(wanted(Duration.ofMillis(1), ProfileKind.CPU, ProfileKind.ALLOC),
                SamplerChoice.AUTO, JDK25, host);
        assertEquals(CpuEngine.EXECUTION, p.cpu(), "the host records no CPU-time samples");
        assertEquals(20_000_000, p.cpuPeriodNanos(), "the host's period, not memdebug's 1 ms");
        assertEquals(Optional.of("150/s"), p.allocThrottle());
        assertEquals(Map.of("jdk.ExecutionSample#enabled", "true", "jdk.ExecutionSample#period", "20000000 ns",
                "jdk.NativeMethodSample#enabled", "true", "jdk.NativeMethodSample#period", "20000000 ns",
                "jdk.ObjectAllocationSample#enabled", "true", "jdk.ObjectAllocationSample#throttle", "150/s",
                "jdk.ObjectAllocationSample#stackTrace", "true"), p.settings(), "no flush events: the host has none");
        assertEquals(List.of("app"), p.hostRecordings());
        assertTrue(p.cpuNotes().get(0).contains("(app)"), p.cpuNotes().toString());

        RecordingPlan nothing = RecordingPlan.of(wanted(Duration.ofMillis(10), ProfileKind.CPU, ProfileKind.ALLOC),
                SamplerChoice.AUTO, JDK17, new HostRecordings(List.of("gc only"),
                        List.of(Map.of("jdk.GarbageCollection#enabled", "true"))));
        assertEquals(List.of(), nothing.kinds());
        assertEquals(Map.of(), nothing.settings());
    }
}
