/**
 * Report provider {@code html}: one self-contained HTML file per report with an interactive flame
 * graph (zoom, search with the matched share, callers view), drawn by async-profiler's converter
 * ({@code tools.profiler:jfr-converter}). Nothing is exported; memdebug finds the provider through
 * {@link java.util.ServiceLoader}.
 */
module memdebug.html {
    requires memdebug.api;
    // The converter's jar has no module name: its file name gives jfr.converter (as async.profiler's does).
    requires jfr.converter;

    provides memdebug.spi.ReportProvider with memdebug.html.HtmlReportProvider;
}
