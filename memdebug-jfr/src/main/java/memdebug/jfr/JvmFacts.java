package memdebug.jfr;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;

/**
 * What this JVM's Flight Recorder offers, as far as planning a recording needs it.
 *
 * @param eventTypes the names of the event types this JVM knows, such as {@code jdk.CPUTimeSample}
 * @param linux      true on Linux, where JFR's CPU-time sampler works
 */
record JvmFacts(Set<String> eventTypes, boolean linux) {

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
        return new JvmFacts(names, System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"));
    }

    /** True when JFR's CPU-time sampler can run here: the event exists (JDK 25+) and the OS is Linux. */
    boolean hasCpuTimeSampler() {
        return linux && eventTypes.contains(CPU_TIME_SAMPLE);
    }
}
