/** memdebug's pure-JDK metrics backend {@code jmx}: CPU sampling through {@code ThreadMXBean}. */
module memdebug.jmx {
    requires memdebug.api;
    requires java.management;
    requires jdk.management;
    requires org.slf4j;

    provides memdebug.spi.MetricsProvider with memdebug.jmx.JmxMetricsProvider;
}
