package memdebug.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a profile covers and how it was taken, for a report's legend.
 *
 * @param program   the profiled program (main class or jar)
 * @param backend   the metrics provider's id, for example {@code "jmx"}
 * @param engine    what sampled, for example {@code "ThreadMXBean"}, {@code "perf_events"} or
 *                  {@code "jdk.ExecutionSample"}
 * @param event     the sampled event, for example {@code "cpu"} or {@code "alloc"}
 * @param period    the sampling period in the unit of the profile's kind (nanoseconds between CPU
 *                  samples, bytes between allocation samples); 0 when the sampler has no fixed
 *                  period; negative values become 0
 * @param start     when the covered interval began
 * @param end       when it ended
 * @param jvm       the JVM's name and version
 * @param collector the garbage collectors in use
 * @param notes     remarks of the backend a reader should know (what it could not see, what it
 *                  cut); copied, never null
 */
public record ProfileInfo(String program, String backend, String engine, String event, long period,
                          Instant start, Instant end, String jvm, String collector, List<String> notes) {

    /** Replaces nulls with {@code "?"}, the epoch and no notes; an end before start becomes start. */
    public ProfileInfo {
        program = Objects.requireNonNullElse(program, "?");
        backend = Objects.requireNonNullElse(backend, "?");
        engine = Objects.requireNonNullElse(engine, "?");
        event = Objects.requireNonNullElse(event, "?");
        period = Math.max(0, period);
        start = Objects.requireNonNullElse(start, Instant.EPOCH);
        end = Objects.requireNonNullElse(end, start);
        if (end.isBefore(start)) {
            end = start;
        }
        jvm = Objects.requireNonNullElse(jvm, "?");
        collector = Objects.requireNonNullElse(collector, "?");
        notes = notes == null ? List.of() : notes.stream().filter(Objects::nonNull).toList();
    }

    /** Info with every part unknown, for drawing an empty profile. */
    public static ProfileInfo unknown() {
        return new ProfileInfo(null, null, null, null, 0, null, null, null, null, null);
    }

    /** The wall time between start and end. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
