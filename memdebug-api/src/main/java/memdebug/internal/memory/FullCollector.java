package memdebug.internal.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.List;
import java.util.Locale;
import javax.management.JMException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GC mode's collection before a print, the JVM form of Go's {@code runtime.GC()} plus
 * {@code debug.FreeOSMemory()}, and the live heap it leaves.
 *
 * <p>Where HotSpot's diagnostic commands exist, one {@code GC.class_histogram} runs a full
 * collection and counts the live objects by class in the same safepoint; the heap is then the
 * sum of their sizes, exact whatever the collector's region or page accounting, and even with
 * {@code -XX:+DisableExplicitGC}. Where the command does not collect by itself (ZGC and
 * Shenandoah on JDK 17, whose histogram walks the objects reachable at the time instead),
 * {@code System.gc()} runs first. Elsewhere: {@code System.gc()} alone, checked through the
 * collectors' counts, and the heap from the collectors' own accounts, which is not exact on
 * every collector; that is said once in the log.
 *
 * <p>Everything this keeps is set up in {@link #prepare()}, before the first snapshot, so that
 * none of it lands in a user's delta: the MBean server, the primed parser and class table, and
 * what the JIT would otherwise intern and load at some later print ({@link JitResidue}). The
 * native heap is trimmed at most once a second.
 */
final class FullCollector {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.gc");
    /** A trim costs ~150 µs; more often than this it would dominate a GC-mode print. */
    private static final long TRIM_EVERY_NANOS = 1_000_000_000L;
    /** How long the set-up waits for the JVM's reference handler, and how often it collects until the heap agrees. */
    private static final long SETTLE_WAIT_MILLIS = 200;
    private static final int SETTLE_ROUNDS = 4;
    /** The first pause between settle histograms; each round waits one more. */
    private static final long SETTLE_PAUSE_NANOS = 10_000_000;

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final String collector = collectorName();
    private final Lookup lookup;
    private DiagnosticCommands commands;
    private boolean prepared;
    private boolean histograms;
    private boolean histogramCollects;
    /** Serial before JDK 19: full compactions come every this many full collections (see alignFullCompaction). */
    private int compactEvery;
    private GarbageCollectorMXBean fullCollections;
    /** Parallel before JDK 19: a System.gc() (which compacts fully) before each histogram, see findCompactionCycle. */
    private boolean compactFirst;
    private boolean canTrim;
    private long lastTrim;
    private boolean ran;
    private boolean missWarned;

    /** Finds the JVM's diagnostic commands; tests give their own. */
    interface Lookup {
        DiagnosticCommands find() throws JMException;
    }

    /** Collects through the JVM's own diagnostic commands. */
    FullCollector() {
        this(DiagnosticCommands::find);
    }

    /** Collects through the diagnostic commands {@code lookup} finds. */
    FullCollector(Lookup lookup) {
        this.lookup = lookup;
    }

    /**
     * Once: finds the diagnostic commands (creating the platform MBean server), primes the path
     * to them, runs one histogram to see that it parses and whether it collects, primes the
     * parser and the class table, and logs how exact the deltas will be.
     */
    void prepare() {
        prepared = true;
        String missing = null;
        try {
            commands = lookup.find();
            canTrim = commands.has(DiagnosticCommands.TRIM);
            if (commands.has(DiagnosticCommands.HISTOGRAM)) {
                commands.primeRareBranches();
            } else {
                missing = "no GC.class_histogram command";
            }
        } catch (JMException | RuntimeException | LinkageError e) {
            missing = "no HotSpot diagnostic commands: " + reason(e);
        }
        ClassesPrimer.prime();
        JitResidue.makeNow();
        findCompactionCycle();
        if (missing == null) {
            // Last, so that the garbage of the set-up above is collected before the first snapshot.
            missing = firstHistogram();
        }
        lastTrim = System.nanoTime();
        trimNativeHeap();
        histograms = missing == null;
        if (histograms) {
            LOG.debug("memdebug GC mode: heap deltas from the class histogram of a full collection{}",
                    histogramCollects ? "" : ", after System.gc() since the histogram does not collect here");
        } else {
            tellFallback(missing);
        }
    }

    /**
     * Runs the first histograms; returns the reason the command cannot be used, or null. A
     * collection hands dead objects that have cleaners or finalizers (the call sites the set-up
     * linked, for one) to JVM threads that finish them afterwards. So this waits until those
     * threads took the collection's references, then collects until two histograms agree (at
     * most a few times): their late work then lands before the first snapshot, not in the
     * user's second line.
     */
    private String firstHistogram() {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        PhantomReference<Object> sentinel = new PhantomReference<>(new Object(), queue);
        StringBuilder unreadable = new StringBuilder();
        long before = collections();
        long total;
        try {
            total = total(unreadable);
        } catch (JMException | RuntimeException e) {
            return "GC.class_histogram failed: " + reason(e);
        }
        histogramCollects = collections() > before;
        if (total < 0) {
            return "GC.class_histogram printed what memdebug cannot read: " + unreadable;
        }
        if (!histogramCollects) {
            System.gc();
        }
        try {
            queue.remove(SETTLE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the host's interrupt stays set
        }
        Reference.reachabilityFence(sentinel);
        for (int i = 0; i < SETTLE_ROUNDS; i++) {
            // The common cleaner finishes dead call sites on a thread of its own, a little after the
            // reference handler: give it a moment (longer each round), or two histograms could agree
            // only because it had not run yet. parkNanos leaves an interrupt set (and then waits not).
            java.util.concurrent.locks.LockSupport.parkNanos(SETTLE_PAUSE_NANOS * (i + 1));
            if (!histogramCollects) {
                System.gc();
            }
            long next;
            try {
                next = total(unreadable);
            } catch (JMException | RuntimeException e) {
                return "GC.class_histogram failed: " + reason(e);
            }
            if (next < 0) {
                return "GC.class_histogram printed what memdebug cannot read: " + unreadable;
            }
            if (next == total) {
                break;
            }
            total = next;
        }
        return null;
    }

    /**
     * One histogram's live bytes, or -1 when its output cannot be read (then its start is in
     * {@code unreadable}). Nothing of it outlives the call, so the next histogram does not count it.
     */
    private long total(StringBuilder unreadable) throws JMException {
        String text = commands.run(DiagnosticCommands.HISTOGRAM);
        ClassHistogram h = HistogramParser.parse(text);
        if (h == null) {
            unreadable.append(text.substring(0, Math.min(200, text.length())).replace('\n', ' ').strip());
            return -1;
        }
        return h.liveBytes();
    }

    /**
     * The Serial collector leaves dead objects at the bottom of the old generation in place
     * (up to {@code MarkSweepDeadRatio} %), turned into filler objects, except in every
     * {@code MarkSweepAlwaysCompactCount}-th full collection; Parallel leaves those of its dense
     * prefix, except in a collection that compacts fully. From JDK 19 fillers have classes of their
     * own, which the histogram leaves out; before, they are {@code int[]} like any other, so there
     * the histogram's collection must follow (Parallel) or be (Serial) one that compacts fully.
     */
    private void findCompactionCycle() {
        if (Runtime.version().feature() >= 19) {
            return;
        }
        if (collector.equals("Parallel")) {
            // Parallel keeps a dense prefix in place, its dead objects turned into fillers, except in
            // a collection that compacts fully: System.gc()'s (UseMaximumCompactionOnSystemGC), not the
            // histogram's. After a System.gc() nothing dead is left for the histogram's to fill.
            compactFirst = "true".equals(StackMemory.option(hotspot, "UseMaximumCompactionOnSystemGC", "true"));
            return;
        }
        if (!collector.equals("Serial")) {
            return;
        }
        long ratio = StackMemory.optionLong(hotspot, "MarkSweepDeadRatio", 5);
        long every = StackMemory.optionLong(hotspot, "MarkSweepAlwaysCompactCount", 4);
        for (GarbageCollectorMXBean gc : collectors) {
            if (gc.getName().equals("MarkSweepCompact")) {
                fullCollections = gc;
            }
        }
        if (ratio > 0 && every > 1 && every <= 64 && fullCollections != null) {
            compactEvery = (int) every;
        }
    }

    /** Runs full collections until the next one (the histogram's) is one that compacts fully. */
    private void alignFullCompaction() {
        for (int i = 0; i < compactEvery && (fullCollections.getCollectionCount() + 1) % compactEvery != 0; i++) {
            System.gc();
        }
    }

    private void tellFallback(String missing) {
        String inexact = inexactReason();
        LOG.warn("memdebug GC mode: {}; heap deltas come from the collectors' own accounts after System.gc() ({}) "
                + "and lines name no classes", missing, inexact == null ? "exact on Parallel and on G1 below half a region"
                : "not exact here: " + inexact);
    }

    /**
     * Collects and returns the live heap by class.
     *
     * @return the histogram, or null where there is none; then the heap comes from the collectors' accounts
     */
    ClassHistogram collect() {
        if (!prepared) {
            prepare();
        }
        long before = collections();
        ClassHistogram h = null;
        if (histograms) {
            if (!histogramCollects || compactFirst) {
                System.gc();
            }
            alignFullCompaction();
            long beforeHistogram = collections();
            h = histogram();
            if (h != null && histogramCollects && collections() == beforeHistogram) {
                // Another thread held the GC locker (a JNI critical section): the histogram walked
                // the heap without collecting (HotSpot says "pre-dump GC was skipped"). System.gc()
                // waits for the locker; then the histogram once more.
                System.gc();
                h = histogram();
            }
        }
        if (h == null) {
            System.gc();
        }
        ran = collections() > before;
        if (!ran && !missWarned) {
            missWarned = true;
            LOG.warn("memdebug GC mode: no collection ran; heap deltas include garbage");
        }
        long now = System.nanoTime();
        if (lastTrim == 0 || now - lastTrim >= TRIM_EVERY_NANOS) {
            lastTrim = now;
            trimNativeHeap();
        }
        return h;
    }

    /** True when the last {@link #collect()} ran a collection (the collectors' counts went up). */
    boolean ran() {
        return ran;
    }

    private ClassHistogram histogram() {
        String failure;
        try {
            ClassHistogram h = HistogramParser.parse(commands.run(DiagnosticCommands.HISTOGRAM));
            if (h != null) {
                return h;
            }
            failure = "its output could not be read";
        } catch (JMException | RuntimeException e) {
            failure = reason(e);
        }
        histograms = false;
        tellFallback("GC.class_histogram failed (" + failure + ")");
        return null;
    }

    /** The innermost cause: JMX wraps what the command threw. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }

    /** Why deltas from the collectors' accounts are not exact on this JVM, or null when they are. */
    private String inexactReason() {
        if ("true".equals(StackMemory.option(hotspot, "DisableExplicitGC", "false"))) {
            return "-XX:+DisableExplicitGC makes System.gc() do nothing";
        }
        if ("true".equals(StackMemory.option(hotspot, "ExplicitGCInvokesConcurrent", "false"))) {
            return "-XX:+ExplicitGCInvokesConcurrent makes System.gc() start a concurrent cycle that ends after the print";
        }
        return switch (collector) {
            case "ZGC", "Shenandoah" -> collector + " collects concurrently; objects allocated during a cycle count as live";
            case "Serial" -> "the Serial collector's heap accounts after System.gc() are off by bytes to a megabyte";
            default -> null;
        };
    }

    /**
     * True when the heap pools' usage after the last collection is the live set (stop-the-world
     * collectors). Concurrent collectors do not keep it up to date: read the heap as it is instead.
     */
    boolean poolsMeasureLiveSet() {
        return !collector.equals("ZGC") && !collector.equals("Shenandoah");
    }

    /** Total collections run so far, over all collectors. */
    private long collections() {
        long total = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    /** G1, Parallel, Serial, ZGC, Shenandoah, or the first collector's name. */
    private String collectorName() {
        for (GarbageCollectorMXBean gc : collectors) {
            String name = gc.getName().toLowerCase(Locale.ROOT);
            if (name.startsWith("g1")) {
                return "G1";
            } else if (name.startsWith("ps ")) {
                return "Parallel";
            } else if (name.equals("copy") || name.equals("marksweepcompact")) {
                return "Serial";
            } else if (name.startsWith("zgc")) {
                return "ZGC";
            } else if (name.startsWith("shenandoah")) {
                return "Shenandoah";
            }
        }
        return collectors.isEmpty() ? "none" : collectors.get(0).getName();
    }

    /** Asks glibc to return free native memory, through the DiagnosticCommand System.trim_native_heap. */
    private void trimNativeHeap() {
        if (!canTrim) {
            return;
        }
        try {
            commands.run(DiagnosticCommands.TRIM);
        } catch (JMException | RuntimeException e) {
            canTrim = false;
            LOG.debug("cannot trim the native heap: {}", e.toString());
        }
    }
}
