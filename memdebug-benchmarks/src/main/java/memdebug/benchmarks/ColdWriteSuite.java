package memdebug.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import memdebug.testkit.ChildJvm;

/**
 * {@code profile()} and {@code writeProfile()} (the session's {@code close()}) of a small profile
 * in fresh JVMs: {@link ProgramRun} starts profiling, runs about 0.3 s of work on one thread, and
 * closes the session; each backend with the PDF report alone and with every report. Cases
 * interleave; prints medians and the 90th percentile over the JVMs.
 *
 * <pre>java -cp memdebug-benchmarks/target/benchmarks.jar memdebug.benchmarks.ColdWriteSuite [jvms] [work]</pre>
 */
public final class ColdWriteSuite {

    private ColdWriteSuite() {
    }

    /** @param args JVMs per case (default 10), rounds of work (default 100, about 0.3 s) */
    public static void main(String[] args) throws Exception {
        int jvms = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String work = args.length > 1 ? args[1] : "100";
        List<String[]> cases = List.of(new String[] {"async-profiler", "pdf"}, new String[] {"jfr", "pdf"},
                new String[] {"jmx", "pdf"}, new String[] {"async-profiler", "pdf,html,pprof"});
        double[][] start = new double[cases.size()][jvms];
        double[][] close = new double[cases.size()][jvms];
        Path dir = Files.createTempDirectory("memdebug-coldwrite");
        for (int j = 0; j < jvms; j++) {
            for (int c = 0; c < cases.size(); c++) {
                String[] k = cases.get(c);
                String[] f = ChildJvm.withAll().timeout(Duration.ofMinutes(2))
                        .jvmArg("-Dmemdebug.metrics=" + k[0], "-Dmemdebug.report=" + k[1], "-Dmemdebug.dir=" + dir.resolve("c" + c),
                                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                        .results(ProgramRun.class.getName(), "memdebug", work, "1").get(0).split(" ");
                start[c][j] = Double.parseDouble(f[0]);
                close[c][j] = Double.parseDouble(f[2]);
            }
        }
        Folders.delete(dir);
        System.out.println("JDK: " + ChildJvm.version(ChildJvm.javaHomeOr(null)) + "; " + jvms + " fresh JVMs per case");
        System.out.println();
        System.out.println("| backend | reports | profile() median | p90 | writeProfile() median | p90 |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (int c = 0; c < cases.size(); c++) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", cases.get(c)[0], cases.get(c)[1],
                    WholeProcessSuite.median(start[c]), p90(start[c]), WholeProcessSuite.median(close[c]), p90(close[c]));
        }
    }

    private static double p90(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[(int) Math.ceil(0.9 * v.length) - 1];
    }
}
