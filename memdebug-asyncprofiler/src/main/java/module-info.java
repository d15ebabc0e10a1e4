/**
 * Metrics provider {@code async-profiler}: CPU and allocation sampling through async-profiler's
 * native library (perf_events, or ctimer where perf events are closed, without safepoint bias;
 * JVMTI's sampled allocations), read from its JFR output with {@code jdk.jfr.consumer}. The
 * implementation package is not exported; memdebug finds the provider through
 * {@link java.util.ServiceLoader}.
 *
 * <p>On JDK 24 and later the JVM needs {@code --enable-native-access=async.profiler} (module
 * path) or {@code --enable-native-access=ALL-UNNAMED} (class path), or it warns when the library
 * is loaded.
 */
module memdebug.asyncprofiler {
    requires memdebug.api;
    requires async.profiler;
    requires jdk.jfr;
    requires org.slf4j;

    provides memdebug.spi.MetricsProvider with memdebug.asyncprofiler.AsyncProfilerProvider;
}
