package memdebug.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import memdebug.testkit.ChildJvm;

/**
 * Where async-profiler's CPU interval starts to hurt the host, to choose memdebug's floor
 * ({@code MetricsProvider.minimumInterval()}). For each interval, a fresh JVM
 * ({@link IntervalFloorRun}) with {@code threads} busy threads measures throughput without and
 * with sampling, the samples taken, how long the drain took, and how much the sleep of its main
 * thread through the window overran (a starved host oversleeps); then the suite sends it SIGTERM and times its exit
 * (a host that does not exit within 20 s is killed and counted as ignoring SIGTERM). A child that
 * prints no result within {@code timeout} s is ended the same way.
 *
 * <pre>java -cp target/benchmarks.jar memdebug.benchmarks.IntervalFloorSuite [threads] [windowMillis] [timeoutSeconds] [intervals in ns…]</pre>
 */
public final class IntervalFloorSuite {

    private static final long[] DEFAULT_INTERVALS = {1_000, 10_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 10_000_000};

    private IntervalFloorSuite() {
    }

    /** @param args threads (20), window ms (2000), timeout s (60), then intervals in nanoseconds (1 µs to 10 ms) */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long window = args.length > 1 ? Long.parseLong(args[1]) : 2000;
        long timeout = args.length > 2 ? Long.parseLong(args[2]) : 60;
        long[] intervals = DEFAULT_INTERVALS;
        if (args.length > 3) {
            intervals = new long[args.length - 3];
            for (int i = 3; i < args.length; i++) {
                intervals[i - 3] = Long.parseLong(args[i]);
            }
        }
        System.out.println("| interval | throughput off (ops/s) | on (ops/s) | on / off | samples | start ms | window lasted (ms)"
                + " | drain ms | exit after SIGTERM |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (long interval : intervals) {
            System.out.println(run(interval, threads, window, timeout));
        }
    }

    private static String run(long interval, int threads, long window, long timeout) throws IOException, InterruptedException {
        List<String> cmd = ChildJvm.withAll().command(ChildJvm.Layout.CLASS_PATH, null, IntervalFloorRun.class.getName(),
                Long.toString(interval), Integer.toString(threads), Long.toString(window));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        String result = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null || line.equals("READY")) {
                break;
            }
            if (line.startsWith(ChildJvm.RESULT)) {
                result = line.substring(ChildJvm.RESULT.length());
            }
        }
        long t0 = System.nanoTime();
        p.destroy(); // SIGTERM
        boolean exited = p.waitFor(20, TimeUnit.SECONDS);
        String exit = exited ? String.format(Locale.ROOT, "%.0f ms", (System.nanoTime() - t0) / 1e6) : "ignored (killed after 20 s)";
        if (!exited) {
            p.destroyForcibly().waitFor();
        }
        String label = interval >= 1_000_000 ? interval / 1_000_000 + " ms" : interval / 1_000 + " µs";
        if (result == null) {
            return "| " + label + " | no result within " + timeout + " s | | | | | | | " + exit + " |";
        }
        String[] f = result.split(" ");
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", label, f[1], f[2], f[3], f[4], f[5], f[6],
                f[7], exit);
    }
}
