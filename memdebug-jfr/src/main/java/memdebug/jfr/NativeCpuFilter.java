package memdebug.jfr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells native-method samples of threads computing in native code (compression, crypto) from those
 * of threads waiting in it (blocked in I/O): JFR samples both alike. A thread's sample counts when
 * the thread used at least {@link #MIN_CPU_SHARE} of a core since its previous native sample was
 * read, as {@code ThreadMXBean} measures it; a thread's first native sample only starts the
 * measurement. Used by the stream's thread only.
 */
final class NativeCpuFilter {

    /** The CPU share below which a thread in native code counts as waiting. */
    static final double MIN_CPU_SHARE = 0.1;

    private record Reading(long cpuNanos, long atNanos) {
    }

    private final ThreadMXBean threads;
    private final Map<Long, Reading> readings = new HashMap<>();

    NativeCpuFilter(ThreadMXBean threads) {
        this.threads = threads;
    }

    /** A filter on this JVM's threads. */
    static NativeCpuFilter current() {
        return new NativeCpuFilter(ManagementFactory.getThreadMXBean());
    }

    /** True when thread {@code id} used CPU since its previous native sample; reads its CPU time now. */
    boolean computing(long id) {
        long cpu;
        try {
            cpu = threads.getThreadCpuTime(id);
        } catch (RuntimeException e) { // CPU time off or not supported
            return false;
        }
        long now = System.nanoTime();
        if (cpu < 0) {
            readings.remove(id);
            return false;
        }
        if (readings.size() > 10_000) {
            readings.values().removeIf(r -> now - r.atNanos() > 60_000_000_000L);
        }
        Reading before = readings.put(id, new Reading(cpu, now));
        if (before == null || now <= before.atNanos()) {
            return false;
        }
        return (cpu - before.cpuNanos()) >= MIN_CPU_SHARE * (now - before.atNanos());
    }
}
