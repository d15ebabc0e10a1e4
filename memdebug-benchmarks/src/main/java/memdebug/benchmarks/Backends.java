package memdebug.benchmarks;

import memdebug.asyncprofiler.AsyncProfilerProvider;
import memdebug.jmx.JmxMetricsProvider;
import memdebug.spi.Availability;
import memdebug.spi.MetricsProvider;

/** The metrics providers the benchmarks compare, by the ids users configure. */
final class Backends {

    /** The two backends, in the order tables show them. */
    static final String[] ALL = {"async-profiler", "jmx"};

    private Backends() {
    }

    /**
     * A fresh provider for {@code name}.
     *
     * @throws IllegalArgumentException for an unknown name
     * @throws IllegalStateException    when the provider is unavailable here, with its reason
     */
    static MetricsProvider provider(String name) {
        MetricsProvider p = switch (name) {
            case "jmx" -> new JmxMetricsProvider();
            case "async-profiler" -> new AsyncProfilerProvider();
            default -> throw new IllegalArgumentException("unknown backend " + name + "; use jmx or async-profiler");
        };
        Availability a = p.availability();
        if (!a.available()) {
            throw new IllegalStateException(name + " is not available here: " + a.reason());
        }
        return p;
    }
}
