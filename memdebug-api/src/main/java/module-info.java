/**
 * memdebug: one colored line per {@link memdebug.api.MemDebug#print print} that says what the
 * code since a start time did to memory, and CPU profiles written as reports.
 *
 * <p>Backends plug in through {@link memdebug.spi.MetricsProvider} and
 * {@link memdebug.spi.ReportProvider}, found with {@link java.util.ServiceLoader}.
 */
module memdebug.api {
    requires java.management;
    requires jdk.management;
    requires org.slf4j;
    requires org.fusesource.jansi;

    exports memdebug.api;
    exports memdebug.spi;

    uses memdebug.spi.MetricsProvider;
    uses memdebug.spi.ReportProvider;
}
