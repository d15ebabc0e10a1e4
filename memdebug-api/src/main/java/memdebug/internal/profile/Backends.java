package memdebug.internal.profile;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import memdebug.internal.discovery.Chosen;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ReportProvider;

/**
 * The providers profiling uses, each chosen once, when first needed: one metrics provider and the
 * report providers, in the order they write.
 */
public final class Backends {

    private final Supplier<Optional<Chosen<MetricsProvider>>> chooseMetrics;
    private final Supplier<List<Chosen<ReportProvider>>> chooseReports;
    private Optional<Chosen<MetricsProvider>> metrics;
    private List<Chosen<ReportProvider>> reports;

    /**
     * @param metrics chooses the metrics provider; called once
     * @param reports chooses the report providers; called once
     */
    public Backends(Supplier<Optional<Chosen<MetricsProvider>>> metrics, Supplier<List<Chosen<ReportProvider>>> reports) {
        this.chooseMetrics = metrics;
        this.chooseReports = reports;
    }

    synchronized Optional<Chosen<MetricsProvider>> metrics() {
        if (metrics == null) {
            metrics = chooseMetrics.get();
        }
        return metrics;
    }

    synchronized List<Chosen<ReportProvider>> reports() {
        if (reports == null) {
            reports = List.copyOf(chooseReports.get());
        }
        return reports;
    }
}
