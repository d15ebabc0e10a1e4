package memdebug.internal.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread stack memory. With {@code -XX:NativeMemoryTracking=summary|detail} on, the committed
 * stack memory NMT reports; otherwise live threads × {@code -XX:ThreadStackSize}, an upper bound
 * of what is reserved (most of it is never touched).
 */
final class StackMemory {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.memory");
    private static final String STACK_PREFIX = "(stack: reserved=";

    private final long stackSize;
    private boolean nmt;

    StackMemory() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        this.stackSize = optionLong(hotspot, "ThreadStackSize", 1024) * 1024;
        String tracking = option(hotspot, "NativeMemoryTracking", "off");
        this.nmt = tracking.equals("summary") || tracking.equals("detail");
    }

    /** True when the value is NMT's committed stack memory rather than the reserved bound. */
    boolean fromNmt() {
        return nmt;
    }

    long bytes(int threads) {
        if (nmt) {
            long committed = nmtCommitted();
            if (committed >= 0) {
                return committed;
            }
            nmt = false;
        }
        return threads * stackSize;
    }

    private static long nmtCommitted() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object out = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary", "scale=KB"}}, new String[] {String[].class.getName()});
            String text = String.valueOf(out);
            int at = text.indexOf(STACK_PREFIX);
            int c = at < 0 ? -1 : text.indexOf("committed=", at);
            if (c >= 0) {
                int start = c + "committed=".length();
                int end = start;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                return Long.parseLong(text.substring(start, end)) * 1024;
            }
            LOG.info("NMT output has no stack line; the stack column shows threads × ThreadStackSize instead");
        } catch (Exception e) {
            LOG.info("cannot read NMT ({}); the stack column shows threads × ThreadStackSize instead", e.toString());
        }
        return -1;
    }

    static String option(HotSpotDiagnosticMXBean hotspot, String name, String dflt) {
        try {
            VMOption o = hotspot.getVMOption(name);
            return o.getValue();
        } catch (RuntimeException e) {
            return dflt;
        }
    }

    static long optionLong(HotSpotDiagnosticMXBean hotspot, String name, long dflt) {
        try {
            long v = Long.parseLong(option(hotspot, name, Long.toString(dflt)));
            return v > 0 ? v : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
