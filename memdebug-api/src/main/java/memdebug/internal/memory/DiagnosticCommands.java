package memdebug.internal.memory;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * HotSpot's DiagnosticCommand MBean: the {@code jcmd} commands as operations of the platform
 * MBean server ({@code gcClassHistogram} is {@code GC.class_histogram}). JVMs without HotSpot's
 * diagnostic commands (OpenJ9, for one) have no such MBean: {@link #find()} then throws.
 */
final class DiagnosticCommands {

    /** {@code GC.class_histogram}: a full collection, then live objects by class, in one safepoint. */
    static final String HISTOGRAM = "gcClassHistogram";
    /** {@code System.trim_native_heap}: glibc's {@code malloc_trim}. */
    static final String TRIM = "systemTrimNativeHeap";

    /** No options: each command's defaults. A null array, not an empty one, so no option string is built. */
    private static final Object[] DEFAULTS = {null};
    private static final String[] SIGNATURE = {String[].class.getName()};

    private final MBeanServer server;
    private final ObjectName name;
    private final Set<String> operations = new HashSet<>();

    /** The DiagnosticCommand-like MBean {@code name} of {@code server}. */
    DiagnosticCommands(MBeanServer server, ObjectName name) throws JMException {
        this.server = server;
        this.name = name;
        for (MBeanOperationInfo op : server.getMBeanInfo(name).getOperations()) {
            operations.add(op.getName());
        }
    }

    /**
     * The JVM's diagnostic commands; creates the platform MBean server on first use.
     *
     * @throws JMException when the JVM has no DiagnosticCommand MBean
     */
    static DiagnosticCommands find() throws JMException {
        return new DiagnosticCommands(ManagementFactory.getPlatformMBeanServer(),
                new ObjectName("com.sun.management:type=DiagnosticCommand"));
    }

    /** True when the JVM has this operation. */
    boolean has(String operation) {
        return operations.contains(operation);
    }

    /** Runs a command with its default options and returns what it printed. */
    String run(String operation) throws JMException {
        return String.valueOf(server.invoke(name, operation, DEFAULTS, SIGNATURE));
    }

    /**
     * Runs the rare branches of the JMX path once: a null name, an unknown operation, a wrong
     * signature, a null option. Each throws, and in doing so interns the string constants of
     * its branch now. Otherwise the JIT would intern them when it compiles the path, after a
     * few hundred prints: a few hundred bytes of strings in one print's delta.
     */
    void primeRareBranches() {
        for (int k = 0; k < 4; k++) {
            try {
                switch (k) {
                    case 0 -> server.invoke(null, HISTOGRAM, DEFAULTS, SIGNATURE);
                    case 1 -> server.invoke(name, HISTOGRAM + "Missing", DEFAULTS, SIGNATURE);
                    case 2 -> server.invoke(name, HISTOGRAM, new Object[0], new String[0]);
                    default -> server.invoke(name, HISTOGRAM, new Object[] {new String[] {null}}, SIGNATURE);
                }
            } catch (JMException | RuntimeException expected) {
                // each attempt fails on purpose
            }
        }
    }
}
