package memdebug.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import memdebug.testkit.ChildJvm;

/**
 * The first {@code MemDebug.print} in a fresh JVM, {@code runs} JVMs per case (see
 * {@link FirstPrintRun}), interleaved so that machine noise hits every case alike: GC mode on
 * (the default), GC mode off, and the bare first heap read through the platform MXBean. Lines go
 * to stderr and are dropped. Prints a Markdown table of medians.
 *
 * <pre>java -cp target/benchmarks.jar memdebug.benchmarks.FirstPrintSuite [runs] [JAVA_HOME]</pre>
 */
public final class FirstPrintSuite {

    private FirstPrintSuite() {
    }

    /** @param args JVMs per case (default 15), the JDK */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path jdk = ChildJvm.javaHomeOr(args.length > 1 ? args[1] : null);
        String[] names = {"first MemDebug.print, GC mode on (default)", "first MemDebug.print, GC mode off",
            "first bare getHeapMemoryUsage()"};
        List<List<String>> flags = List.of(List.of("-Dmemdebug.output=stderr"),
                List.of("-Dmemdebug.output=stderr", "-Dmemdebug.gc=false"), List.of());
        String[] mode = {"print", "print", "heap"};
        double[][] first = new double[names.length][runs];
        double[][] second = new double[names.length][runs];
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < names.length; c++) {
                String[] f = ChildJvm.withAll().javaHome(jdk).jvmArgs(flags.get(c)).timeout(Duration.ofMinutes(10))
                        .results(FirstPrintRun.class.getName(), mode[c]).get(0).split("\t");
                first[c][r] = Long.parseLong(f[0]) / 1e6;
                second[c][r] = Long.parseLong(f[1]) / 1e6;
            }
        }
        System.out.println("JDK: " + ChildJvm.version(jdk) + ", " + runs + " JVMs per case");
        System.out.println("| case | first call: median | min | max | second call: median | first / bare first read |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        double bare = Summary.of(first[2]).median();
        for (int c = 0; c < names.length; c++) {
            Summary s = Summary.of(first[c]);
            System.out.println(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.3f ms | %.1f× |", names[c],
                    s.median(), s.min(), s.max(), Summary.of(second[c]).median(), s.median() / bare));
        }
    }
}
