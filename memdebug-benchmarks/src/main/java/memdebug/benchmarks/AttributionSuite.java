package memdebug.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import memdebug.testkit.ChildJvm;

/**
 * Attribution accuracy on the planted 3:1 workloads: for each backend, {@code runs} fresh JVMs
 * (see {@link AttributionRun}), each profiling {@code Planted} (or {@code PlantedSmallAllocations}) for
 * 2 s at 10 ms; prints a Markdown table of {@code a}'s share (true value 0.75) by weight and by
 * samples.
 *
 * <pre>java -cp target/benchmarks.jar memdebug.benchmarks.AttributionSuite [runs] [millis] [JAVA_HOME] [backends] [workload]</pre>
 * where {@code backends} is a comma-separated list (default {@code async-profiler,jfr,jmx}; also
 * {@code jfr/cpu-time}, {@code jfr/execution}) and {@code workload} is {@code cpu} (default),
 * {@code cpu-virtual} (four virtual threads, JDK 21+) or {@code alloc}.
 */
public final class AttributionSuite {

    private AttributionSuite() {
    }

    /** @param args runs per backend (default 10), run time in ms (default 2000), the JDK, backends, workload */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String millis = args.length > 1 ? args[1] : "2000";
        Path jdk = ChildJvm.javaHomeOr(args.length > 2 && !args[2].equals("-") ? args[2] : null);
        List<String> backends = args.length > 3 ? List.of(args[3].split(",")) : Backends.ALL;
        String workload = args.length > 4 ? args[4] : "cpu";
        System.out.println("JDK: " + ChildJvm.version(jdk) + "; workload " + workload);
        System.out.println("| backend (engine) | runs | a share by weight: median | min | max | max \\|error\\| | by samples: median | samples a+b (median) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String backend : backends) {
            double[] weight = new double[runs];
            double[] samples = new double[runs];
            double[] counts = new double[runs];
            String engine = "?";
            for (int i = 0; i < runs; i++) {
                String[] f = ChildJvm.withAll().javaHome(jdk).jvmArg("-Xmx256m").timeout(Duration.ofMinutes(10))
                        .results(AttributionRun.class.getName(), backend, millis, workload).get(0).split("\t");
                weight[i] = Double.parseDouble(f[0]);
                samples[i] = Double.parseDouble(f[1]);
                counts[i] = Double.parseDouble(f[2]);
                engine = f[3];
            }
            Summary w = Summary.of(weight);
            double worst = Math.max(Math.abs(w.min() - 0.75), Math.abs(w.max() - 0.75));
            System.out.println(String.format(Locale.ROOT, "| %s (%s) | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f |", backend, engine,
                    runs, w.median(), w.min(), w.max(), worst, Summary.of(samples).median(), Summary.of(counts).median()));
        }
    }
}
