/**
 * Report provider {@code pprof}: writes a profile as a gzipped pprof {@code profile.proto}, the
 * format that {@code go tool pprof}, Pyroscope, Grafana and speedscope read. Nothing is exported;
 * memdebug finds the provider through {@link java.util.ServiceLoader}.
 */
module memdebug.pprof {
    requires memdebug.api;
    // protobuf-java is an automatic module (no module-info), named by its manifest.
    requires com.google.protobuf;

    provides memdebug.spi.ReportProvider with memdebug.pprof.PprofReportProvider;
}
