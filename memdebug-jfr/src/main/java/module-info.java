/**
 * Metrics provider {@code jfr}: CPU and allocation samples streamed from the JDK Flight Recorder
 * of the running JVM ({@code jdk.jfr.consumer.RecordingStream}). Pure JDK (17 and later), no
 * safepoint bias, and virtual threads are profiled with their own frames (JDK 21 and later). The
 * implementation package is not exported; memdebug finds the provider through
 * {@link java.util.ServiceLoader}.
 */
module memdebug.jfr {
    requires memdebug.api;
    requires jdk.jfr;
    requires java.management;
    requires jdk.management;
    requires org.slf4j;

    provides memdebug.spi.MetricsProvider with memdebug.jfr.JfrMetricsProvider;
}
