package memdebug.spi;

import java.util.List;

/**
 * Samples the CPU stacks of the JVM's threads while running. memdebug calls {@link #start()}
 * once, {@link #drain()} for each interval, then {@link #stop()}, a last {@link #drain()}, and
 * {@link #close()}. Calls come from one memdebug thread at a time.
 */
public interface CpuSampler extends AutoCloseable {

    /** How this sampler samples, for the report legend: {@code "ThreadMXBean"}, {@code "perf_events"}, {@code "ctimer"}… */
    String engine();

    /** The sampled event, {@code "cpu"} for CPU time. */
    default String event() {
        return "cpu";
    }

    /**
     * Starts sampling.
     *
     * @throws Exception when sampling cannot start; memdebug logs it and profiles nothing
     */
    void start() throws Exception;

    /**
     * The samples taken since the previous drain (or since start), stacks root first. Sampling
     * goes on; every sample is returned by exactly one drain. After {@link #stop()}, returns
     * what was left.
     *
     * @throws Exception when the samples cannot be read; that interval is reported as failed
     */
    List<StackSample> drain() throws Exception;

    /**
     * Stops sampling; samples not drained yet stay available to the next {@link #drain()}.
     * Calling it twice does nothing.
     *
     * @throws Exception when the backend fails to stop
     */
    void stop() throws Exception;

    /** Releases resources; stops first if still running. Never throws. */
    @Override
    void close();
}
