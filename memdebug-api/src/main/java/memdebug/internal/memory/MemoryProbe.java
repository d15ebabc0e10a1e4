package memdebug.internal.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the process's memory for the line, straight from the platform MXBeans and /proc, so that
 * printing needs no provider. One per JVM, shared by all instances (one open /proc file, one
 * warning about inexact collectors); each read touches each counter once.
 */
public final class MemoryProbe {

    /** Made on first use. */
    private static final class Shared {
        static final MemoryProbe INSTANCE = new MemoryProbe();
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.ThreadMXBean allocation;
    private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    private final ResidentMemory resident = new ResidentMemory(memory);
    private final StackMemory stack = new StackMemory();
    private final FullCollector collector = new FullCollector();
    private boolean prepared;

    /** The JVM's probe. */
    public static MemoryProbe shared() {
        return Shared.INSTANCE;
    }

    /** Looks the MXBeans up; never throws for a missing optional one. */
    private MemoryProbe() {
        com.sun.management.ThreadMXBean a = null;
        // Left as the host set it: when allocation counting is off, the column shows n/a.
        if (threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                && t.isThreadAllocatedMemoryEnabled()) {
            a = t;
        }
        this.allocation = a;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool);
            }
        }
    }

    /** {@code Thread.isVirtual()}, JDK 21+; null before. */
    private static final java.lang.invoke.MethodHandle IS_VIRTUAL = isVirtualHandle();
    private final java.util.concurrent.atomic.AtomicBoolean toldVirtual = new java.util.concurrent.atomic.AtomicBoolean();

    private static java.lang.invoke.MethodHandle isVirtualHandle() {
        try {
            return java.lang.invoke.MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual",
                    java.lang.invoke.MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException e) {
            return null; // before JDK 21 there are no virtual threads
        }
    }

    /**
     * True on a virtual thread (JDK 21+). The JVM counts allocations per platform thread, and a
     * virtual thread runs on carriers that run others too, so it has no count of its own
     * ({@code getCurrentThreadAllocatedBytes()} answers -1); the first time, the log says so.
     */
    public boolean currentThreadIsVirtual() {
        boolean virtual;
        try {
            virtual = IS_VIRTUAL != null && (boolean) IS_VIRTUAL.invokeExact(Thread.currentThread());
        } catch (Throwable e) {
            return false;
        }
        if (virtual && toldVirtual.compareAndSet(false, true)) {
            org.slf4j.LoggerFactory.getLogger("memdebug.memory").info("memdebug: column 7 reads \"virtual\" on virtual "
                    + "threads: the JVM counts allocated bytes per platform thread, so a virtual thread has no count of its "
                    + "own. memdebug-jfr's alloc profile shows what virtual threads allocate");
        }
        return virtual;
    }

    /** Bytes the current thread allocated since it started, or -1 where the JVM cannot tell. */
    public long currentThreadAllocated() {
        return allocation == null ? -1 : allocation.getCurrentThreadAllocatedBytes();
    }

    /**
     * Runs a full collection (GC mode) and returns the memory right after it. Where the JVM has
     * a class histogram, the heap is the exact sum of the live objects' sizes and the snapshot
     * carries the histogram; elsewhere it is the live set the collector measured (or, for
     * concurrent collectors, the heap in use right after the collection).
     */
    public synchronized MemorySnapshot afterCollection() {
        if (!prepared) {
            prepare();
        }
        ClassHistogram classes = collector.collect();
        long heap;
        if (classes != null) {
            heap = classes.liveBytes();
        } else {
            heap = collector.ran() && collector.poolsMeasureLiveSet() ? heapAfterLastCollection() : -1;
        }
        return read(heap < 0 ? memory.getHeapMemoryUsage().getUsed() : heap, classes);
    }

    /** The memory now, with no collection. */
    public synchronized MemorySnapshot now() {
        return read(memory.getHeapMemoryUsage().getUsed(), null);
    }

    /**
     * Once, before GC mode's first snapshot: sets up what GC mode keeps (see
     * {@link FullCollector#prepare()}) and reads every column once, so that the first use of
     * the readers (NMT's command, for one) happens before that snapshot, not after it.
     */
    private void prepare() {
        prepared = true;
        read(0, null);
        collector.prepare();
    }

    private MemorySnapshot read(long heapUsed, ClassHistogram classes) {
        int count = threads.getThreadCount();
        return new MemorySnapshot(count, heapUsed, resident.bytes(), stack.bytes(count), classes);
    }

    /** The heap pools' usage as the last collection left them, or -1 if a pool cannot say. */
    private long heapAfterLastCollection() {
        if (heapPools.isEmpty()) {
            return -1;
        }
        long total = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage u = pool.getCollectionUsage();
            if (u == null) {
                return -1;
            }
            total += u.getUsed();
        }
        return total;
    }
}
