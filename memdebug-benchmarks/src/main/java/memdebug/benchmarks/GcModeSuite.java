package memdebug.benchmarks;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import memdebug.api.MemDebugger;

/**
 * GC-mode {@code print()} against a bare {@code System.gc()}, interleaved call by call in one
 * JVM on the same heap, so that noise from other processes on a shared machine hits both alike.
 * Each pair's order alternates. The live set grows in steps (default about 10 MB, 100 MB and
 * 1 GB) and each step is measured in turn; per step it prints medians and the median of the
 * per-pair ratios. As evidence of where the difference goes, each round also times the class
 * histogram alone (the DiagnosticCommand {@code gcClassHistogram}, which collects and then walks
 * the live objects) and the native heap trim GC mode asks for at most once a second.
 *
 * <p>The live set is a map of {@code Long} to an item (a record with a name string and a
 * 768-byte payload): five objects and about 910 bytes per entry, so 1 GB is about 6 million
 * objects.
 *
 * <pre>java -Xms4g -Xmx4g -cp target/benchmarks.jar memdebug.benchmarks.GcModeSuite [MB,MB,…] [pairs at 10 MB]</pre>
 */
public final class GcModeSuite {

    private static final Object[] WHAT = {"bench", 42};
    private static final Object[] NO_ARGS = {null};
    private static final String[] SIGNATURE = {String[].class.getName()};
    private static final int BYTES_PER_ENTRY = 910;

    /** An entry of the live set. */
    record Item(long id, String name, byte[] payload) {
    }

    private GcModeSuite() {
    }

    /** @param args the live sizes in MB (default 10,100,1000), the pairs at 10 MB (default 200; fewer above) */
    public static void main(String[] args) throws Exception {
        String[] sizes = (args.length > 0 ? args[0] : "10,100,1000").split(",");
        int basePairs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        MemDebugger memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), true).gcMode(true).build();
        Map<Long, Item> live = new HashMap<>();
        System.out.println("| live set | objects | call | pairs | median | min | max |");
        System.out.println("|---:|---:|---|---:|---:|---:|---:|");
        StringBuilder ratios = new StringBuilder();
        for (String size : sizes) {
            long mb = Long.parseLong(size.trim());
            grow(live, mb << 20);
            int pairs = (int) Math.max(20, basePairs * 10 / Math.max(10, mb));
            measure(memdebug, live, mb, pairs, ratios);
        }
        System.out.println();
        System.out.println("| live set | print / gc, per pair: median | min | max | ratio of medians |");
        System.out.println("|---:|---:|---:|---:|---:|");
        System.out.print(ratios);
        Reference.reachabilityFence(live);
    }

    private static void grow(Map<Long, Item> live, long bytes) {
        for (long id = live.size(); (long) live.size() * BYTES_PER_ENTRY < bytes; id++) {
            live.put(id, new Item(id, "item-" + id, new byte[768]));
        }
    }

    private static void measure(MemDebugger memdebug, Map<Long, Item> live, long mb, int pairs, StringBuilder ratios)
            throws Exception {
        int warm = Math.max(3, pairs / 10);
        double[] gc = new double[pairs];
        double[] print = new double[pairs];
        double[] ratio = new double[pairs];
        double[] histogram = new double[pairs];
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
            long h = timeCommand("gcClassHistogram");
            long n = timeCommand("systemTrimNativeHeap");
            if (i >= 0) {
                gc[i] = g / 1e3;
                print[i] = p / 1e3;
                ratio[i] = (double) p / g;
                histogram[i] = h / 1e3;
                trim[i] = n / 1e3;
            }
        }
        String label = String.format(Locale.ROOT, "%d MB", mb);
        String objects = String.format(Locale.ROOT, "%.1f M", live.size() * 5 / 1e6);
        row(label, objects, "`System.gc()`", gc);
        row(label, objects, "`print()`, GC mode", print);
        row(label, objects, "`gcClassHistogram` alone", histogram);
        row(label, objects, "`systemTrimNativeHeap` alone", trim);
        Summary r = Summary.of(ratio);
        ratios.append(String.format(Locale.ROOT, "| %s | **%.3f×** | %.3f× | %.3f× | %.3f× |%n", label, r.median(), r.min(), r.max(),
                Summary.of(print).median() / Summary.of(gc).median()));
    }

    private static void row(String label, String objects, String call, double[] micros) {
        Summary s = Summary.of(micros);
        System.out.println(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s |", label, objects, call, s.count(),
                ms(s.median()), ms(s.min()), ms(s.max())));
    }

    private static String ms(double micros) {
        return micros >= 10_000 ? String.format(Locale.ROOT, "%.0f ms", micros / 1e3) : String.format(Locale.ROOT, "%.2f ms", micros / 1e3);
    }

    /** A diagnostic command alone, as GC mode invokes it; 0 where the JVM has no such command. */
    private static long timeCommand(String operation) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName diagnostics = new ObjectName("com.sun.management:type=DiagnosticCommand");
            long t = System.nanoTime();
            server.invoke(diagnostics, operation, NO_ARGS, SIGNATURE);
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
