package memdebug.internal.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GC mode's collection before a print, the JVM form of Go's {@code runtime.GC()} plus
 * {@code debug.FreeOSMemory()}: {@code System.gc()}, a check through the collectors' counts
 * that a collection really ran, and a trim of the native heap where the JVM offers one. Whether
 * the heap delta will be exact is decided once, from the flags and collectors, and said once.
 */
final class FullCollector {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.gc");
    /** A trim costs ~150 µs; more often than this it would dominate a GC-mode print. */
    private static final long TRIM_EVERY_NANOS = 1_000_000_000L;

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final String collector = collectorName();
    private final String inexactReason = inexactReason();
    private ObjectName diagnostics;
    private boolean trimChecked;
    private boolean canTrim;
    private long lastTrim;
    private boolean told;
    private boolean missWarned;

    /** Why GC mode's delta is not exact on this JVM, or null when it is. */
    String inexactReason() {
        if (inexactReason != null) {
            return inexactReason;
        }
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
    long collections() {
        long total = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    /**
     * Collects and returns memory to the OS.
     *
     * @return true when a collection ran (the collectors' counts went up)
     */
    boolean collect() {
        if (!told) {
            told = true;
            tellOnce();
        }
        long before = collections();
        System.gc();
        boolean ran = collections() > before;
        if (!ran && !missWarned) {
            missWarned = true;
            LOG.warn("memdebug GC mode: System.gc() ran no collection; heap deltas include garbage");
        }
        long now = System.nanoTime();
        if (lastTrim == 0 || now - lastTrim >= TRIM_EVERY_NANOS) {
            lastTrim = now;
            trimNativeHeap();
        }
        return ran;
    }

    private void tellOnce() {
        if (inexactReason != null) {
            LOG.warn("memdebug GC mode: heap deltas are not exact on this JVM: {}. Parallel and G1 give exact deltas.",
                    inexactReason);
        } else if (collector.equals("G1")) {
            String region = StackMemory.option(hotspot, "G1HeapRegionSize", "0");
            long mb = Long.parseLong(region.matches("\\d+") ? region : "0") >> 20;
            if (mb > 0) {
                LOG.info("memdebug GC mode: G1 regions are {} MB here; an object of {} KB or more occupies whole regions "
                        + "and counts as their full size", mb, mb * 512);
            }
        }
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
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (!trimChecked) {
                trimChecked = true;
                diagnostics = new ObjectName("com.sun.management:type=DiagnosticCommand");
                for (MBeanOperationInfo op : server.getMBeanInfo(diagnostics).getOperations()) {
                    canTrim |= op.getName().equals("systemTrimNativeHeap");
                }
            }
            if (canTrim) {
                server.invoke(diagnostics, "systemTrimNativeHeap", new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
            }
        } catch (Exception e) {
            canTrim = false;
            LOG.debug("cannot trim the native heap: {}", e.toString());
        }
    }
}
