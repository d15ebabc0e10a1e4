package memdebug.asyncprofiler;

import memdebug.spi.Availability;
import one.profiler.AsyncProfiler;

/**
 * The result of trying to get async-profiler ready: the profiler when it can be used, and the
 * availability to report either way.
 *
 * @param profiler     the loaded profiler; null when unusable
 * @param availability yes when {@code profiler} is set, otherwise why not and what to do
 */
record LoadOutcome(AsyncProfiler profiler, Availability availability) {

    static LoadOutcome usable(AsyncProfiler profiler) {
        return new LoadOutcome(profiler, Availability.yes());
    }

    static LoadOutcome unusable(String reason) {
        return new LoadOutcome(null, Availability.no(reason));
    }
}
