package memdebug.spi;

/**
 * A metrics backend: gives memdebug a CPU sampler. Register an implementation with
 * {@code provides memdebug.spi.MetricsProvider with …} and in
 * {@code META-INF/services/memdebug.spi.MetricsProvider}, and annotate it with
 * {@link ProviderInfo}. It needs a public no-argument constructor that does no heavy work.
 */
public interface MetricsProvider {

    /**
     * Whether this backend works here: native library loadable, platform supported. Called once,
     * before the provider is chosen; it must not throw (a throw counts as unavailable).
     */
    default Availability availability() {
        return Availability.yes();
    }

    /**
     * Creates a CPU sampler that has not started yet.
     *
     * @param settings interval and which threads to leave out
     * @throws Exception when the sampler cannot be created; memdebug logs it and profiles nothing
     */
    CpuSampler cpuSampler(SamplerSettings settings) throws Exception;
}
