package memdebug.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memdebug.testkit.ChildJvm;

/**
 * What a user waits for: a whole CPU-bound program ({@link ProgramRun}: two threads, a fixed amount
 * of work) timed from process start to exit, side by side: plain; with memdebug ({@code profile()}
 * … {@code close()}, PDF report only, as in the README's quick start) and each backend; with the
 * raw async-profiler agent writing collapsed stacks; with JFR's profile settings. The cases run in
 * a rotating order, round after round, and each round's times are compared with that round's
 * plain run, so a shared machine's drift cancels out. Prints the median wall time and overhead of
 * each case, and memdebug's own {@code profile()} and {@code close()} times.
 *
 * <pre>java -cp memdebug-benchmarks/target/benchmarks.jar memdebug.benchmarks.WholeProcessSuite [rounds] [work] [reports]</pre>
 */
public final class WholeProcessSuite {

    private WholeProcessSuite() {
    }

    /** @param args rounds (default 6), rounds of work per thread (default 1500), memdebug.report (default pdf) */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        String work = args.length > 1 ? args[1] : "1500";
        String reports = args.length > 2 ? args[2] : "pdf";
        Path tmp = Files.createTempDirectory("memdebug-whole");
        Path agent = extractAgent(tmp);
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("plain", List.of());
        cases.put("memdebug + async-profiler", memdebug(tmp, "async-profiler", reports));
        cases.put("memdebug + jfr", memdebug(tmp, "jfr", reports));
        cases.put("memdebug + jmx", memdebug(tmp, "jmx", reports));
        cases.put("raw async-profiler agent", List.of("-agentpath:" + agent + "=start,event=cpu,interval=10ms,file="
                + tmp.resolve("raw.collapsed") + ",collapsed"));
        cases.put("JFR, settings=profile", List.of("-XX:StartFlightRecording=settings=profile,filename=" + tmp.resolve("jfr.jfr")));
        List<String> names = new ArrayList<>(cases.keySet());
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> start = new LinkedHashMap<>();
        Map<String, double[]> close = new LinkedHashMap<>();
        names.forEach(n -> {
            wall.put(n, new double[rounds]);
            start.put(n, new double[rounds]);
            close.put(n, new double[rounds]);
        });
        run(cases.get("plain"), "plain", work); // warm the disk cache, not counted
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((k + r) % names.size());
                List<String> flags = cases.get(name);
                double[] got = run(flags, name.startsWith("memdebug") ? "memdebug" : "plain", work);
                wall.get(name)[r] = got[0];
                start.get(name)[r] = got[1];
                close.get(name)[r] = got[3];
            }
        }
        Folders.delete(tmp);
        System.out.println("JDK: " + ChildJvm.version(ChildJvm.javaHomeOr(null)) + "; " + rounds + " rounds; work " + work
                + " per thread, 2 threads; memdebug.report=" + reports);
        System.out.println();
        System.out.println("| run | wall, median | overhead vs plain, median of rounds | profile() | close() |");
        System.out.println("|---|---:|---:|---:|---:|");
        double[] plain = wall.get("plain");
        for (String name : names) {
            double[] w = wall.get(name);
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = w[r] / plain[r] - 1;
            }
            boolean ours = name.startsWith("memdebug");
            System.out.printf(Locale.ROOT, "| %s | %.2f s | %s | %s | %s |%n", name, median(w) / 1000,
                    name.equals("plain") ? "–" : String.format(Locale.ROOT, "%+.1f %%", median(ratio) * 100),
                    ours ? String.format(Locale.ROOT, "%.0f ms", median(start.get(name))) : "",
                    ours ? String.format(Locale.ROOT, "%.0f ms", median(close.get(name))) : "");
        }
    }

    private static List<String> memdebug(Path tmp, String backend, String reports) {
        return List.of("-Dmemdebug.metrics=" + backend, "-Dmemdebug.report=" + reports,
                "-Dmemdebug.dir=" + tmp.resolve(backend), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    }

    /** Wall ms from start to exit, then the child's profile(), work and close() ms. */
    private static double[] run(List<String> flags, String mode, String work) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<String> result = ChildJvm.withAll().jvmArgs(flags).timeout(Duration.ofMinutes(5))
                .results(ProgramRun.class.getName(), mode, work, "2");
        double wallMs = (System.nanoTime() - t0) / 1e6;
        double[] f = Arrays.stream(result.get(0).split(" ")).mapToDouble(Double::parseDouble).toArray();
        return new double[] {wallMs, f[0], f[1], f[2]};
    }

    /** async-profiler's library for this machine, from the async-profiler jar on the class path. */
    private static Path extractAgent(Path tmp) throws IOException {
        String arch = System.getProperty("os.arch").equals("aarch64") ? "linux-arm64" : "linux-x64";
        Path lib = tmp.resolve("libasyncProfiler.so");
        try (InputStream in = one.profiler.AsyncProfiler.class.getResourceAsStream("/" + arch + "/libasyncProfiler.so")) {
            if (in == null) {
                throw new IOException("no " + arch + " library in the async-profiler jar");
            }
            Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
        }
        return lib;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
