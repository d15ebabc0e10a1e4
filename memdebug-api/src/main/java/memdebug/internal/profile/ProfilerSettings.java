package memdebug.internal.profile;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What the profiler needs from the configuration.
 *
 * @param dir                where reports go
 * @param interval           the CPU sampling interval asked for
 * @param allocationInterval bytes between allocation samples
 * @param profiles           the kind ids asked for; empty for every kind the backend offers
 * @param writeOnExit        whether a JVM exiting while profiling writes the session's reports
 * @param clock              the wall clock for the reports' times
 */
public record ProfilerSettings(Path dir, Duration interval, long allocationInterval, List<String> profiles,
                               boolean writeOnExit, Clock clock) {

    /** Copies the list. */
    public ProfilerSettings {
        profiles = List.copyOf(profiles);
    }
}
