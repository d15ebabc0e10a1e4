package memdebug.spi;

import java.util.List;
import java.util.Objects;

/**
 * How a {@link Sampler} samples one kind, for the report legend.
 *
 * @param engine what takes the samples: {@code "ThreadMXBean"}, {@code "perf_events"},
 *               {@code "jdk.ExecutionSample"}…; null becomes {@code "?"}
 * @param event  the event sampled, for example {@code "cpu"}, {@code "itimer"} or {@code "alloc"};
 *               null becomes {@code "?"}
 * @param period the sampling period in the kind's unit (nanoseconds, bytes); 0 when there is no
 *               fixed period; negative values become 0
 * @param notes  what a reader of the report should know: what the sampler could not see or cut;
 *               copied, never null
 */
public record Sampling(String engine, String event, long period, List<String> notes) {

    /** Replaces nulls; never throws. */
    public Sampling {
        engine = Objects.requireNonNullElse(engine, "?");
        event = Objects.requireNonNullElse(event, "?");
        period = Math.max(0, period);
        notes = notes == null ? List.of() : notes.stream().filter(Objects::nonNull).toList();
    }

    /** Sampling with no notes. */
    public Sampling(String engine, String event, long period) {
        this(engine, event, period, List.of());
    }
}
