package memdebug.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memdebug.testkit.ChildJvm;

/**
 * How far GC mode's heap change is from the retained size of a known object, under each
 * collector a JDK has, 20 trials each (see {@link RetainedDeltaTrials}). Prints a Markdown table:
 * error = heap change shown − bytes allocated for the kept object; 0 is exact.
 *
 * <pre>java -cp target/benchmarks.jar memdebug.benchmarks.RetainedDeltaSuite [trials] [JAVA_HOME…]</pre>
 * With no JAVA_HOME the JDK running the suite is used.
 */
public final class RetainedDeltaSuite {

    private static final Map<String, String> COLLECTORS = new LinkedHashMap<>();

    static {
        COLLECTORS.put("Serial", "-XX:+UseSerialGC");
        COLLECTORS.put("Parallel", "-XX:+UseParallelGC");
        // 1 MB regions at this heap size: a 1 MB array is humongous (half a region or more).
        COLLECTORS.put("G1 (1 MB regions)", "-XX:+UseG1GC");
        COLLECTORS.put("G1, 32 MB regions", "-XX:+UseG1GC -XX:G1HeapRegionSize=32m");
        COLLECTORS.put("ZGC", "-XX:+UseZGC");
        COLLECTORS.put("Shenandoah", "-XX:+UseShenandoahGC");
    }

    private RetainedDeltaSuite() {
    }

    /** @param args the number of trials (default 20), then the JDKs to test */
    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Path> jdks = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            jdks.add(Path.of(args[i]));
        }
        if (jdks.isEmpty()) {
            jdks.add(ChildJvm.javaHomeOr(null));
        }
        System.out.println("| JDK | collector | kept | bytes allocated | exact trials | error median | error min | error max |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|");
        for (Path jdk : jdks) {
            String version = ChildJvm.version(jdk);
            for (Map.Entry<String, String> c : COLLECTORS.entrySet()) {
                if (!ChildJvm.accepts(jdk, c.getValue().split(" ")[0])) {
                    System.out.println("| " + version + " | " + c.getKey() + " | – | – | – | not in this JDK | | |");
                    continue;
                }
                List<String> results = ChildJvm.withAll().javaHome(jdk).jvmArgs(flags(c.getValue()))
                        .timeout(Duration.ofMinutes(10)).results(RetainedDeltaTrials.class.getName(), Integer.toString(trials));
                System.err.println(version + " " + c.getKey() + ": done");
                printRows(version, c.getKey(), results);
            }
        }
    }

    /** The collector's flags and a fixed 512 MB heap (so G1 uses 1 MB regions unless told otherwise). */
    private static List<String> flags(String collector) {
        List<String> flags = new ArrayList<>(List.of(collector.split(" ")));
        flags.add("-Xms512m");
        flags.add("-Xmx512m");
        return flags;
    }

    private static void printRows(String version, String collector, List<String> results) {
        Map<String, List<long[]>> byWorkload = new LinkedHashMap<>();
        for (String r : results) {
            String[] f = r.split("\t");
            byWorkload.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
        }
        byWorkload.forEach((workload, rows) -> {
            double[] errors = new double[rows.size()];
            int exact = 0;
            for (int i = 0; i < rows.size(); i++) {
                errors[i] = rows.get(i)[1] - rows.get(i)[0];
                exact += errors[i] == 0 ? 1 : 0;
            }
            Summary s = Summary.of(errors);
            System.out.println(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d/%d | %.0f B | %.0f B | %.0f B |", version,
                    collector, workload, rows.get(0)[0], exact, rows.size(), s.median(), s.min(), s.max()));
        });
    }
}
