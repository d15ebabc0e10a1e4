package memdebug.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import memdebug.pdf.PdfReportProvider;
import memdebug.pprof.PprofReportProvider;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;

/**
 * The CPU time of the writing thread, beside the wall time, for one pdf and one pprof report of
 * the synthetic profiles of {@link PdfRenderBenchmark} and {@link PprofWriteBenchmark}. On a
 * machine shared with other work the wall time grows with the load and the CPU time much less, so
 * the two formats can still be compared. Work of the JVM's own threads (GC, JIT) is not in the CPU
 * time. Prints one tab-separated line per case: format, stacks, writes, median and max CPU ms,
 * median wall ms, bytes.
 *
 * <p>{@code java -Xms1g -Xmx1g -cp memdebug-benchmarks/target/benchmarks.jar memdebug.benchmarks.ReportCpuSuite [writes]}
 */
public final class ReportCpuSuite {

    private ReportCpuSuite() {
    }

    /** @param args how many timed writes per case (default 10), after 3 untimed ones */
    public static void main(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("format\tstacks\twrites\tcpu_median_ms\tcpu_max_ms\twall_median_ms\tbytes");
        for (int stacks : List.of(1_000, 10_000, 100_000)) {
            StackProfile profile = SyntheticProfile.of(stacks);
            for (ReportProvider report : List.<ReportProvider>of(new PdfReportProvider(), new PprofReportProvider())) {
                long bytes = 0;
                double[] cpu = new double[writes];
                double[] wall = new double[writes];
                for (int i = -3; i < writes; i++) {
                    ByteCounter out = new ByteCounter();
                    long c0 = threads.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    report.write(profile, out);
                    if (i >= 0) {
                        wall[i] = (System.nanoTime() - w0) / 1e6;
                        cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                    }
                    bytes = out.count();
                }
                Summary c = Summary.of(cpu);
                System.out.printf("%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%d%n", report.fileExtension(), stacks, writes,
                        c.median(), c.max(), Summary.of(wall).median(), bytes);
            }
        }
    }
}
