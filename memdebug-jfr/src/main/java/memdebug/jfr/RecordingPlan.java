package memdebug.jfr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import memdebug.spi.ProfileKind;
import memdebug.spi.SamplerSettings;

/**
 * What memdebug's recording stream records, decided before it starts: the CPU engine and its
 * period, whether native-method samples complement execution samples, the allocation throttle,
 * and whether flush events mark the stream's progress; and the settings that ask JFR for exactly
 * that.
 *
 * <p>When the host already runs a recording of its own, memdebug asks for nothing that recording
 * does not record already, at no higher rate: JFR applies the union of all running recordings'
 * settings to each of them, so anything more would change the host's file.
 *
 * @param settings          the recording stream's settings, such as {@code jdk.ExecutionSample#period}
 * @param cpu               the CPU engine; {@link CpuEngine#NONE} when CPU is not recorded
 * @param cpuPeriodNanos    the CPU sampling period in nanoseconds (for execution samples the Java
 *                          period, which each sample weighs); 0 when unknown
 * @param nativePeriodNanos the native-method sampling period, which each native sample weighs; 0 when not recorded
 * @param allocThrottle     JFR's throttle of allocation samples, such as {@code 300/s}; empty when not recorded
 * @param flushEvents       true when {@code jdk.Flush} events are recorded, so the stream's progress is known each second
 * @param cpuNotes          legend remarks on the CPU profile decided by the plan
 * @param allocNotes        legend remarks on the allocation profile decided by the plan
 * @param hostRecordings    the names of the host's own running recordings; empty when none ran
 */
record RecordingPlan(Map<String, String> settings, CpuEngine cpu, long cpuPeriodNanos, long nativePeriodNanos,
                     Optional<String> allocThrottle, boolean flushEvents, List<String> cpuNotes, List<String> allocNotes,
                     List<String> hostRecordings) {

    static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    static final String NATIVE_METHOD_SAMPLE = "jdk.NativeMethodSample";
    static final String CPU_TIME_SAMPLE = JvmFacts.CPU_TIME_SAMPLE;
    static final String CPU_TIME_SAMPLES_LOST = "jdk.CPUTimeSamplesLost";
    static final String ALLOCATION_SAMPLE = "jdk.ObjectAllocationSample";
    static final String FLUSH = "jdk.Flush";

    /**
     * Allocation samples per second when memdebug records on its own: the rate of the JDK's
     * {@code profile} settings. JFR throttles by rate; it cannot sample every N bytes.
     */
    static final String ALLOCATION_THROTTLE = "300/s";

    /** Copies the collections. */
    RecordingPlan {
        settings = Map.copyOf(settings);
        cpuNotes = List.copyOf(cpuNotes);
        allocNotes = List.copyOf(allocNotes);
        hostRecordings = List.copyOf(hostRecordings);
    }

    /**
     * Plans the recording.
     *
     * @param wanted the kinds, interval and threads memdebug asks for
     * @param choice the CPU sampler asked for ({@code memdebug.jfr.sampler})
     * @param jvm    what this JVM's Flight Recorder offers
     * @param host   the host's own running recordings
     */
    static RecordingPlan of(SamplerSettings wanted, SamplerChoice choice, JvmFacts jvm, HostRecordings host) {
        return host.isEmpty() ? own(wanted, choice, jvm) : guest(wanted, choice, jvm, host);
    }

    /** The kinds this plan records. */
    List<ProfileKind> kinds() {
        List<ProfileKind> kinds = new ArrayList<>(2);
        if (cpu != CpuEngine.NONE) {
            kinds.add(ProfileKind.CPU);
        }
        if (allocThrottle.isPresent()) {
            kinds.add(ProfileKind.ALLOC);
        }
        return kinds;
    }

    private static RecordingPlan own(SamplerSettings wanted, SamplerChoice choice, JvmFacts jvm) {
        Map<String, String> s = new LinkedHashMap<>();
        List<String> cpuNotes = new ArrayList<>();
        CpuEngine cpu = CpuEngine.NONE;
        long cpuPeriod = 0;
        long nativePeriod = 0;
        if (wanted.wants(ProfileKind.CPU)) {
            cpu = choice != SamplerChoice.EXECUTION && jvm.hasCpuTimeSampler() ? CpuEngine.CPU_TIME : CpuEngine.EXECUTION;
            if (choice != SamplerChoice.EXECUTION && jvm.asyncProfilerLoaded() && cpu != CpuEngine.CPU_TIME) {
                cpuNotes.add("async-profiler is loaded in this JVM and keeps the signal JFR's CPU-time sampler needs: "
                        + "execution samples instead");
            } else if (choice == SamplerChoice.CPU_TIME && cpu != CpuEngine.CPU_TIME) {
                cpuNotes.add(SamplerChoice.PROPERTY + "=cpu-time, but this JVM has no CPU-time sampler (JDK 25 or later, "
                        + "on Linux): execution samples instead");
            }
            if (cpu == CpuEngine.CPU_TIME) {
                cpuPeriod = Math.max(1, wanted.interval().toNanos());
                s.put(CPU_TIME_SAMPLE + "#enabled", "true");
                s.put(CPU_TIME_SAMPLE + "#throttle", compactSpan(cpuPeriod));
                s.put(CPU_TIME_SAMPLE + "#stackTrace", "true");
                s.put(CPU_TIME_SAMPLES_LOST + "#enabled", "true");
            } else {
                long millis = Math.max(1, Math.round(wanted.interval().toNanos() / 1e6));
                cpuPeriod = Duration.ofMillis(millis).toNanos();
                nativePeriod = cpuPeriod;
                if (cpuPeriod != wanted.interval().toNanos()) {
                    cpuNotes.add("JFR samples in whole milliseconds: every " + millis + " ms");
                }
                s.put(EXECUTION_SAMPLE + "#enabled", "true");
                s.put(EXECUTION_SAMPLE + "#period", millis + " ms");
                s.put(NATIVE_METHOD_SAMPLE + "#enabled", "true");
                s.put(NATIVE_METHOD_SAMPLE + "#period", millis + " ms");
            }
        }
        Optional<String> throttle = Optional.empty();
        List<String> allocNotes = new ArrayList<>();
        if (wanted.wants(ProfileKind.ALLOC)) {
            throttle = Optional.of(ALLOCATION_THROTTLE);
            s.put(ALLOCATION_SAMPLE + "#enabled", "true");
            s.put(ALLOCATION_SAMPLE + "#throttle", ALLOCATION_THROTTLE);
            s.put(ALLOCATION_SAMPLE + "#stackTrace", "true");
        }
        s.put(FLUSH + "#enabled", "true");
        s.put(FLUSH + "#threshold", "0 ns");
        return new RecordingPlan(s, cpu, cpuPeriod, nativePeriod, throttle, true, cpuNotes, allocNotes, List.of());
    }

    private static RecordingPlan guest(SamplerSettings wanted, SamplerChoice choice, JvmFacts jvm, HostRecordings host) {
        Map<String, String> s = new LinkedHashMap<>();
        String hostNote = "the host's own JFR recording (" + String.join(", ", host.names()) + ") was running: memdebug "
                + "recorded only what it records, at its rates, so that its file stays as it was";
        List<String> cpuNotes = new ArrayList<>(List.of(hostNote));
        List<String> allocNotes = new ArrayList<>(List.of(hostNote));
        CpuEngine cpu = CpuEngine.NONE;
        long cpuPeriod = 0;
        long nativePeriod = 0;
        if (wanted.wants(ProfileKind.CPU)) {
            Optional<Duration> javaPeriod = host.shortestPeriod(EXECUTION_SAMPLE);
            if (choice != SamplerChoice.EXECUTION && jvm.hasCpuTimeSampler() && host.records(CPU_TIME_SAMPLE)
                    && !host.values(CPU_TIME_SAMPLE, "throttle").isEmpty()) {
                cpu = CpuEngine.CPU_TIME;
                String throttle = host.values(CPU_TIME_SAMPLE, "throttle").get(0);
                cpuPeriod = HostRecordings.span(throttle).map(Duration::toNanos).orElse(0L);
                s.put(CPU_TIME_SAMPLE + "#enabled", "true");
                s.put(CPU_TIME_SAMPLE + "#throttle", throttle);
                s.put(CPU_TIME_SAMPLE + "#stackTrace", "true");
                if (host.records(CPU_TIME_SAMPLES_LOST)) {
                    s.put(CPU_TIME_SAMPLES_LOST + "#enabled", "true");
                }
            } else if (javaPeriod.isPresent() && !javaPeriod.get().isZero()) {
                cpu = CpuEngine.EXECUTION;
                cpuPeriod = javaPeriod.get().toNanos();
                s.put(EXECUTION_SAMPLE + "#enabled", "true");
                s.put(EXECUTION_SAMPLE + "#period", cpuPeriod + " ns");
                Optional<Duration> nativeSpan = host.shortestPeriod(NATIVE_METHOD_SAMPLE);
                if (nativeSpan.isPresent() && !nativeSpan.get().isZero()) {
                    nativePeriod = nativeSpan.get().toNanos();
                    s.put(NATIVE_METHOD_SAMPLE + "#enabled", "true");
                    s.put(NATIVE_METHOD_SAMPLE + "#period", nativePeriod + " ns");
                }
            } else {
                cpuNotes.add("that recording records no CPU samples (" + EXECUTION_SAMPLE + "), so memdebug has none");
            }
        }
        Optional<String> throttle = Optional.empty();
        if (wanted.wants(ProfileKind.ALLOC)) {
            throttle = host.records(ALLOCATION_SAMPLE) ? host.highestRate(ALLOCATION_SAMPLE) : Optional.empty();
            if (throttle.isPresent()) {
                s.put(ALLOCATION_SAMPLE + "#enabled", "true");
                s.put(ALLOCATION_SAMPLE + "#throttle", throttle.get());
                s.put(ALLOCATION_SAMPLE + "#stackTrace", "true");
            } else {
                allocNotes.add("that recording records no allocation samples (" + ALLOCATION_SAMPLE + " with stack "
                        + "traces), so memdebug has none");
            }
        }
        boolean flush = host.records(FLUSH);
        if (flush) {
            s.put(FLUSH + "#enabled", "true");
            host.values(FLUSH, "threshold").stream().findFirst().ifPresent(t -> s.put(FLUSH + "#threshold", t));
        }
        return new RecordingPlan(s, cpu, cpuPeriod, nativePeriod, throttle, flush, cpuNotes, allocNotes, host.names());
    }

    /** A CPU-time throttle in its shortest exact unit: {@code 10ms}, {@code 1500us}, {@code 999ns}. */
    static String compactSpan(long nanos) {
        if (nanos % 1_000_000 == 0) {
            return nanos / 1_000_000 + "ms";
        }
        if (nanos % 1_000 == 0) {
            return nanos / 1_000 + "us";
        }
        return nanos + "ns";
    }
}
