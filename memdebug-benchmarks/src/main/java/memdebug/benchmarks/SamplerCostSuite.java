package memdebug.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import memdebug.testkit.ChildJvm;

/**
 * What sampling costs the host in memdebug's own CPU, against the host's thread count: for each
 * backend, count (10, 100, 1,000, 2,000) and kind of idle thread (parked; blocked in I/O, which
 * leaves a thread RUNNABLE), {@code runs} fresh JVMs (see {@link SamplerCostRun}) profile at
 * 10 ms; prints the median share of a core that memdebug's threads used.
 *
 * <pre>java -cp target/benchmarks.jar memdebug.benchmarks.SamplerCostSuite [runs] [windowMillis] [backends] [JAVA_HOME]</pre>
 * where {@code backends} is a comma-separated list (default {@code jmx}).
 */
public final class SamplerCostSuite {

    private static final int[] COUNTS = {10, 100, 1000, 2000};

    private SamplerCostSuite() {
    }

    /** @param args runs per case (default 3), window in ms (default 5000), backends (default jmx), the JDK */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String window = args.length > 1 ? args[1] : "5000";
        List<String> backends = List.of((args.length > 2 ? args[2] : "jmx").split(","));
        Path jdk = ChildJvm.javaHomeOr(args.length > 3 ? args[3] : null);
        System.out.println("JDK: " + ChildJvm.version(jdk));
        System.out.println("| backend | idle threads | kind | runs | memdebug CPU, share of a core: median | min | max | live threads |");
        System.out.println("|---|---:|---|---:|---:|---:|---:|---:|");
        for (String backend : backends) {
            for (String kind : List.of("parked", "io")) {
                for (int count : COUNTS) {
                    double[] share = new double[runs];
                    String live = "?";
                    for (int i = 0; i < runs; i++) {
                        String[] f = ChildJvm.withAll().javaHome(jdk).jvmArg("-Xmx256m").timeout(Duration.ofMinutes(5))
                                .results(SamplerCostRun.class.getName(), backend, String.valueOf(count), kind, window)
                                .get(0).split("\t");
                        share[i] = Double.parseDouble(f[0]);
                        live = f[1];
                    }
                    Summary s = Summary.of(share);
                    System.out.println(String.format(Locale.ROOT, "| %s | %d | %s | %d | %.3f | %.3f | %.3f | %s |", backend,
                            count, kind, runs, s.median(), s.min(), s.max(), live));
                }
            }
        }
    }
}
