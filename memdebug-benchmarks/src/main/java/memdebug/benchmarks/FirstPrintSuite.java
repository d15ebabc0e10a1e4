package memdebug.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import memdebug.testkit.ChildJvm;

/**
 * The first {@code MemDebug.print} in a fresh JVM, {@code runs} JVMs per case (see
 * {@link FirstPrintRun}), interleaved so that machine noise hits every case alike: GC mode on
 * (the default), GC mode off, and the bare first heap read through the platform MXBean. Lines go
 * to stderr and are dropped. Given another build of this jar (an earlier commit's), each
 * memdebug case also runs with it, interleaved too, for a before/after table. Prints a Markdown
 * table of medians.
 *
 * <pre>java -cp target/benchmarks.jar memdebug.benchmarks.FirstPrintSuite [runs] [JAVA_HOME|-] [baseline benchmarks.jar]</pre>
 */
public final class FirstPrintSuite {

    private FirstPrintSuite() {
    }

    private record Case(String name, String classPath, List<String> flags, String mode) {
    }

    /** @param args JVMs per case (default 15), the JDK ({@code -}: this one), a baseline jar */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path jdk = ChildJvm.javaHomeOr(args.length > 1 && !args[1].equals("-") ? args[1] : null);
        String current = System.getProperty("java.class.path");
        String baseline = args.length > 2 ? args[2] : null;
        List<Case> cases = new ArrayList<>();
        for (String[] build : baseline == null ? new String[][] {{"", current}}
                : new String[][] {{"before: ", baseline}, {"after: ", current}}) {
            cases.add(new Case(build[0] + "first MemDebug.print, GC mode on (default)", build[1],
                    List.of("-Dmemdebug.output=stderr"), "print"));
            cases.add(new Case(build[0] + "first MemDebug.print, GC mode off", build[1],
                    List.of("-Dmemdebug.output=stderr", "-Dmemdebug.gc=false"), "print"));
        }
        cases.add(new Case("first bare getHeapMemoryUsage()", current, List.of(), "heap"));
        double[][] first = new double[cases.size()][runs];
        double[][] second = new double[cases.size()][runs];
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < cases.size(); c++) {
                Case k = cases.get(c);
                ChildJvm child = ChildJvm.withAll().javaHome(jdk).jvmArgs(k.flags()).timeout(Duration.ofMinutes(10));
                child.entries().clear();
                for (String e : k.classPath().split(java.io.File.pathSeparator)) {
                    child.entries().add(Path.of(e));
                }
                String[] f = child.results(FirstPrintRun.class.getName(), k.mode()).get(0).split("\t");
                first[c][r] = Long.parseLong(f[0]) / 1e6;
                second[c][r] = Long.parseLong(f[1]) / 1e6;
            }
        }
        System.out.println("JDK: " + ChildJvm.version(jdk) + ", " + runs + " JVMs per case");
        System.out.println("| case | first call: median | min | max | second call: median | first / bare first read |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        double bare = Summary.of(first[cases.size() - 1]).median();
        for (int c = 0; c < cases.size(); c++) {
            Summary s = Summary.of(first[c]);
            System.out.println(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.3f ms | %.1f× |", cases.get(c).name(),
                    s.median(), s.min(), s.max(), Summary.of(second[c]).median(), s.median() / bare));
        }
    }
}
