package memdebug.jfr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;

/**
 * What this JVM's Flight Recorder offers, as far as planning a recording needs it.
 *
 * @param eventTypes          the names of the event types this JVM knows, such as {@code jdk.CPUTimeSample}
 * @param linux               true on Linux, where JFR's CPU-time sampler works
 * @param asyncProfilerLoaded true when async-profiler's native library is loaded in this process:
 *                            it keeps the profiling signal (SIGPROF) that JFR's CPU-time sampler
 *                            needs, even after it stopped, and that sampler then delivers nothing
 */
record JvmFacts(Set<String> eventTypes, boolean linux, boolean asyncProfilerLoaded) {

    /** The CPU-time sampler's event, JDK 25 and later. */
    static final String CPU_TIME_SAMPLE = "jdk.CPUTimeSample";

    /** Copies the set. */
    JvmFacts {
        eventTypes = Set.copyOf(eventTypes);
    }

    /** This JVM's facts; initializes the Flight Recorder. */
    static JvmFacts current() {
        Set<String> names = FlightRecorder.getFlightRecorder().getEventTypes().stream().map(EventType::getName)
                .collect(Collectors.toUnmodifiableSet());
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        return new JvmFacts(names, linux, linux && mapped("libasyncProfiler"));
    }

    /** True when JFR's CPU-time sampler can run here: the event exists (JDK 25+), the OS is Linux, and no other profiler holds its signal. */
    boolean hasCpuTimeSampler() {
        return linux && eventTypes.contains(CPU_TIME_SAMPLE) && !asyncProfilerLoaded;
    }

    /** True when a file whose name contains {@code name} is mapped into this process ({@code /proc/self/maps}). */
    private static boolean mapped(String name) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.anyMatch(l -> l.contains(name));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return false;
        }
    }
}
