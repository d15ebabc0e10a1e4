package memdebug.spi;

import java.time.Instant;
import java.util.Set;

/**
 * Samples the JVM's threads for one or more {@link ProfileKind kinds} during one profiling
 * session. memdebug calls {@link #start()} once, {@link #drain(Instant)} for each interval, then
 * {@link #stop()}, a last {@link #drain(Instant)}, and {@link #close()}. All calls come from one
 * memdebug thread, one at a time; {@link #close()} may also come without a start, or after a
 * start that threw.
 */
public interface Sampler extends AutoCloseable {

    /** The kinds this sampler records: those asked for in its {@link SamplerSettings} that the backend offers. */
    Set<ProfileKind> kinds();

    /**
     * How {@code kind} is sampled, for the report legend. Called after {@link #start()} and before
     * each report, so that notes may count what happened so far.
     */
    Sampling sampling(ProfileKind kind);

    /**
     * Starts sampling.
     *
     * @throws Exception when sampling cannot start; memdebug logs it and profiles nothing
     */
    void start() throws Exception;

    /**
     * Gets ready to drain quickly: called once on the profiler thread soon after {@link #start()},
     * in a job of its own, so that {@code profile()} does not wait for it; a backend loads and warms
     * here what its first drain would otherwise wait for (readers, parsers). It may read samples
     * ahead, and must then keep them for the drains: every sample is still handed over by exactly
     * one drain. Optional; a throw is logged at DEBUG and ignored.
     */
    default void prepare() throws Exception {
    }

    /**
     * Hands over the samples taken since the previous drain (or since start), stacks root first.
     * Sampling goes on; every sample is handed over by exactly one drain. A backend that knows
     * when each sample was taken returns those taken before {@code until} and keeps later ones
     * for the next drain, waiting (a bounded time) for samples it has not received yet; one that
     * does not returns everything it has. After {@link #stop()}, returns everything that is left.
     *
     * @param until the end of the interval being cut; never null
     * @throws Exception when the samples cannot be read; that interval is reported as failed
     */
    Samples drain(Instant until) throws Exception;

    /**
     * Stops sampling; samples not drained yet stay available to the next {@link #drain(Instant)}.
     * Calling it twice does nothing.
     *
     * @throws Exception when the backend fails to stop
     */
    void stop() throws Exception;

    /** Releases everything the sampler holds, files and threads included; stops first if still running. Never throws. */
    @Override
    void close();
}
