package memdebug.benchmarks;

import java.util.List;
import memdebug.asyncprofiler.AsyncProfilerProvider;
import memdebug.jfr.JfrMetricsProvider;
import memdebug.jmx.JmxMetricsProvider;
import memdebug.spi.Availability;
import memdebug.spi.MetricsProvider;

/** The metrics providers the benchmarks compare, by the ids users configure. */
final class Backends {

    /** The backends, in the order tables show them. */
    static final List<String> ALL = List.of("async-profiler", "jfr", "jmx");

    /**
     * {@code jfr} with its CPU sampler named: {@code jfr/cpu-time} or {@code jfr/execution} (the
     * {@code memdebug.jfr.sampler} property), for comparing the two where JFR has both (JDK 25+).
     */
    static final List<String> JFR_SAMPLERS = List.of("jfr/cpu-time", "jfr/execution");

    private Backends() {
    }

    /**
     * A fresh provider for {@code name}. For {@code jfr/…} this sets {@code memdebug.jfr.sampler},
     * which the provider reads when profiling starts; plain {@code jfr} clears it.
     *
     * @throws IllegalArgumentException for an unknown name
     * @throws IllegalStateException    when the provider is unavailable here, with its reason
     */
    static MetricsProvider provider(String name) {
        MetricsProvider p = switch (name) {
            case "jmx" -> new JmxMetricsProvider();
            case "async-profiler" -> new AsyncProfilerProvider();
            case "jfr", "jfr/cpu-time", "jfr/execution" -> jfr(name);
            default -> throw new IllegalArgumentException("unknown backend " + name + "; use jmx, jfr, jfr/cpu-time, "
                    + "jfr/execution or async-profiler");
        };
        Availability a = p.availability();
        if (!a.available()) {
            throw new IllegalStateException(name + " is not available here: " + a.reason());
        }
        return p;
    }

    private static MetricsProvider jfr(String name) {
        if (name.contains("/")) {
            System.setProperty("memdebug.jfr.sampler", name.substring(name.indexOf('/') + 1));
        } else {
            System.clearProperty("memdebug.jfr.sampler");
        }
        return new JfrMetricsProvider();
    }
}
