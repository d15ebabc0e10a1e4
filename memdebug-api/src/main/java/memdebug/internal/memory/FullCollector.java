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

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final String inexactReason;
    private ObjectName diagnostics;
    private boolean trimChecked;
    private boolean canTrim;
    private boolean warned;
    private boolean missWarned;

    FullCollector() {
        this.inexactReason = inexactReason();
    }

    /** Why GC mode's delta is not exact on this JVM, or null when it is. */
    String inexactReason() {
        if (inexactReason != null || collectors == null) {
            return inexactReason;
        }
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if ("true".equals(StackMemory.option(hotspot, "DisableExplicitGC", "false"))) {
            return "-XX:+DisableExplicitGC makes System.gc() do nothing";
        }
        if ("true".equals(StackMemory.option(hotspot, "ExplicitGCInvokesConcurrent", "false"))) {
            return "-XX:+ExplicitGCInvokesConcurrent makes System.gc() start a concurrent cycle that ends after the print";
        }
        for (GarbageCollectorMXBean gc : collectors) {
            String name = gc.getName().toLowerCase(Locale.ROOT);
            if (name.contains("zgc") || name.contains("shenandoah")) {
                return gc.getName().split(" ")[0] + " collects concurrently; objects allocated during a cycle count as live";
            }
        }
        return null;
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
        if (!warned && inexactReason != null) {
            warned = true;
            LOG.warn("memdebug GC mode: heap deltas are not exact on this JVM: {}. Serial, Parallel and G1 "
                    + "without that flag give exact deltas.", inexactReason);
        }
        long before = collections();
        System.gc();
        boolean ran = collections() > before;
        if (!ran && !missWarned) {
            missWarned = true;
            LOG.warn("memdebug GC mode: System.gc() ran no collection; heap deltas include garbage");
        }
        trimNativeHeap();
        return ran;
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
