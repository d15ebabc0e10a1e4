package memdebug.benchmarks;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import memdebug.api.MemDebugger;
import memdebug.testkit.ChildJvm;

/**
 * The child side of {@link RetainedDeltaSuite}: in this JVM (its collector chosen by the
 * parent's flags), keeps a {@code byte[1_000_000]}, then a list of 10,000 small objects, between
 * two GC-mode prints, and prints one {@code RESULT} line per trial: the workload, the bytes the
 * thread allocated to build it (exact, from the thread's allocation counter, so it follows this
 * JVM's object layout) and the heap change memdebug showed. One warm-up round is not reported.
 */
public final class RetainedDeltaTrials {

    /** Where the kept object lives, so nothing can drop it between the two prints. */
    private static Object kept;

    private RetainedDeltaTrials() {
    }

    /** @param args the number of trials (default 20) */
    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16); // sized once: a growing buffer would count
        MemDebugger memdebug = MemDebugger.builder().output(out, false).gcMode(true).build();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        memdebug.print(0L, "start");
        for (int trial = -1; trial < trials; trial++) {
            for (String workload : new String[] {"byte[1_000_000]", "10,000 objects"}) {
                out.reset();
                memdebug.print(0L, "before");
                long a0 = threads.getCurrentThreadAllocatedBytes();
                kept = workload.startsWith("byte") ? new byte[1_000_000] : smallObjects(10_000);
                long allocated = threads.getCurrentThreadAllocatedBytes() - a0;
                memdebug.print(0L, "kept");
                Reference.reachabilityFence(kept);
                kept = null;
                memdebug.print(0L, "dropped");
                String[] lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(" <- "))
                        .toArray(String[]::new); // class lines left out
                long delta = heapUsed(lines[1]) - heapUsed(lines[0]);
                if (trial >= 0) {
                    System.out.println(ChildJvm.RESULT + workload + "\t" + allocated + "\t" + delta);
                }
            }
        }
    }

    /** A presized list of {@code n} plain objects: the list, its array and the objects are all kept. */
    private static List<Object> smallObjects(int n) {
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new Object());
        }
        return list;
    }

    /** The heap-in-use column of an uncolored line: the first number after {@code "):"}. */
    private static long heapUsed(String line) {
        String rest = line.substring(line.indexOf("):") + 2).stripLeading();
        return Long.parseLong(rest.substring(0, rest.indexOf(':')));
    }
}
