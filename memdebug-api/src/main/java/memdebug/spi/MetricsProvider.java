package memdebug.spi;

import java.time.Duration;
import java.util.Set;

/**
 * A metrics backend: gives memdebug a {@link Sampler} for the profile kinds it offers. Register an
 * implementation with {@code provides memdebug.spi.MetricsProvider with …} and in
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

    /** The kinds this backend can sample, for example CPU and allocations. */
    Set<ProfileKind> kinds();

    /**
     * The shortest CPU interval this backend samples at without starving the host; memdebug
     * raises shorter intervals to it and says so once. 1 ms unless a backend says otherwise.
     */
    default Duration minimumInterval() {
        return Duration.ofMillis(1);
    }

    /**
     * Creates a sampler that has not started yet.
     *
     * @param settings the kinds wanted, the intervals, and which threads to leave out
     * @throws Exception when the sampler cannot be created; memdebug logs it and profiles nothing
     */
    Sampler sampler(SamplerSettings settings) throws Exception;
}
