/**
 * Report provider {@code pdf}: draws a profile of any kind (CPU time, allocations, …) as a PDF with
 * a pprof-style legend, a flame graph and pprof's top tables, using Apache PDFBox and the report
 * helpers of {@code memdebug.spi}. Nothing is exported; memdebug finds the provider through
 * {@link java.util.ServiceLoader}.
 */
module memdebug.pdf {
    requires memdebug.api;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    // PDFBox is an automatic module that declares no dependencies of its own:
    // without these two it fails to load on the module path.
    requires org.apache.commons.logging;
    requires jdk.unsupported;

    provides memdebug.spi.ReportProvider with memdebug.pdf.PdfReportProvider;
}
