package memdebug.benchmarks;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import memdebug.api.MemDebugger;

/**
 * GC-mode {@code print()} against a bare {@code System.gc()}, interleaved call by call in one
 * JVM on the same heap (the live set of {@link GcPrintBenchmark}), so that noise from other
 * processes on a shared machine hits both alike. Each pair's order alternates. Prints medians
 * and the median of the per-pair ratios. As evidence of where the difference goes, each round
 * also times the native heap trim GC mode asks for (the DiagnosticCommand
 * {@code systemTrimNativeHeap}) on its own. Run it with the heap flags to compare:
 *
 * <pre>java -Xms256m -Xmx256m -cp target/benchmarks.jar memdebug.benchmarks.GcModeSuite [pairs]</pre>
 */
public final class GcModeSuite {

    private static final Object[] WHAT = {"bench", 42};

    private GcModeSuite() {
    }

    /** @param args the number of pairs (default 300, after 30 not counted) */
    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        List<Object> live = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            live.add(new byte[1 << 20]);
        }
        for (int i = 0; i < 200_000; i++) {
            live.add(new long[1]);
        }
        MemDebugger memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), true).gcMode(true).build();
        int warm = 30;
        double[] gc = new double[pairs];
        double[] print = new double[pairs];
        double[] ratio = new double[pairs];
        double[] trim = new double[pairs];
        for (int i = -warm; i < pairs; i++) {
            long g;
            long p;
            if ((i & 1) == 0) {
                g = timeGc();
                p = timePrint(memdebug);
            } else {
                p = timePrint(memdebug);
                g = timeGc();
            }
            long n = timeTrim();
            if (i >= 0) {
                trim[i] = n / 1e3;
                gc[i] = g / 1e3;
                print[i] = p / 1e3;
                ratio[i] = (double) p / g;
            }
        }
        Summary g = Summary.of(gc);
        Summary p = Summary.of(print);
        System.out.println("| call | pairs | median | min | max |");
        System.out.println("|---|---:|---:|---:|---:|");
        System.out.println(String.format(Locale.ROOT, "| System.gc() | %d | %.0f µs | %.0f µs | %.0f µs |", pairs, g.median(), g.min(), g.max()));
        System.out.println(String.format(Locale.ROOT, "| print(), GC mode | %d | %.0f µs | %.0f µs | %.0f µs |", pairs, p.median(), p.min(), p.max()));
        System.out.println(String.format(Locale.ROOT, "| ratio print / gc, per pair | %d | %.3f× | %.3f× | %.3f× |", pairs,
                Summary.of(ratio).median(), Summary.of(ratio).min(), Summary.of(ratio).max()));
        Summary n = Summary.of(trim);
        System.out.println(String.format(Locale.ROOT, "| systemTrimNativeHeap alone | %d | %.0f µs | %.0f µs | %.0f µs |", pairs,
                n.median(), n.min(), n.max()));
        System.out.println(String.format(Locale.ROOT, "ratio of medians: %.3f×", p.median() / g.median()));
        live.clear();
    }

    /** The trim alone, as GC mode invokes it; 0 where the JVM has no such command. */
    private static long timeTrim() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName diagnostics = new ObjectName("com.sun.management:type=DiagnosticCommand");
            long t = System.nanoTime();
            server.invoke(diagnostics, "systemTrimNativeHeap", new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
            return System.nanoTime() - t;
        } catch (Exception e) {
            return 0;
        }
    }

    private static long timeGc() {
        long t = System.nanoTime();
        System.gc();
        return System.nanoTime() - t;
    }

    private static long timePrint(MemDebugger memdebug) {
        long t = System.nanoTime();
        memdebug.print(t, WHAT);
        return System.nanoTime() - t;
    }
}
