package memdebug.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a profile covers and how it was taken, for a report's legend.
 *
 * @param program   the profiled program (main class or jar)
 * @param backend   the metrics provider's id, for example {@code "jmx"}
 * @param engine    how the backend sampled, for example {@code "ThreadMXBean"} or {@code "perf_events"}
 * @param event     the sampled event, for example {@code "cpu"}
 * @param interval  the sampling interval
 * @param start     when the covered interval began
 * @param end       when it ended
 * @param jvm       the JVM's name and version
 * @param collector the garbage collectors in use
 */
public record ProfileInfo(String program, String backend, String engine, String event,
                          Duration interval, Instant start, Instant end, String jvm, String collector) {

    /** Replaces nulls with {@code "?"}, a zero interval and the epoch; an end before start becomes start. */
    public ProfileInfo {
        program = Objects.requireNonNullElse(program, "?");
        backend = Objects.requireNonNullElse(backend, "?");
        engine = Objects.requireNonNullElse(engine, "?");
        event = Objects.requireNonNullElse(event, "?");
        interval = Objects.requireNonNullElse(interval, Duration.ZERO);
        start = Objects.requireNonNullElse(start, Instant.EPOCH);
        end = Objects.requireNonNullElse(end, start);
        if (end.isBefore(start)) {
            end = start;
        }
        jvm = Objects.requireNonNullElse(jvm, "?");
        collector = Objects.requireNonNullElse(collector, "?");
    }

    /** The wall time between start and end. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
