package memdebug.jmx;

import java.lang.management.ThreadInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import memdebug.spi.StackTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that, at each interval, reads the CPU time of every thread and the stacks of
 * those that used CPU since the previous sample. A thread is counted only when it is RUNNABLE
 * and used CPU; the sample's weight is that CPU time. So a thread parked, or blocked in I/O
 * while marked RUNNABLE, costs nothing, and idle threads cost no stack walk.
 */
final class JmxCpuSampler implements Sampler {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.jmx");

    private final SamplerSettings settings;
    private final com.sun.management.ThreadMXBean threads;
    private final StackTally tally = new StackTally();
    private final Map<Long, Long> lastCpu = new HashMap<>();
    /** Interned frames, so equal stack elements share one Frame; touched by the sampler thread only. */
    private final Map<StackTraceElement, Frame> frames = new HashMap<>();
    private volatile boolean running;
    private Thread thread;

    JmxCpuSampler(SamplerSettings settings, com.sun.management.ThreadMXBean threads) {
        this.settings = settings;
        this.threads = threads;
    }

    @Override
    public Set<ProfileKind> kinds() {
        return Set.of(ProfileKind.CPU);
    }

    @Override
    public Sampling sampling(ProfileKind kind) {
        return new Sampling("ThreadMXBean", "cpu", settings.interval().toNanos());
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        if (!threads.isThreadCpuTimeEnabled()) {
            LOG.warn("thread CPU time measurement is off in this JVM; jmx samples will be empty");
        }
        running = true;
        thread = new Thread(this::run, SamplerSettings.MEMDEBUG_THREAD_PREFIX + "sampler-jmx");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long interval = settings.interval().toNanos();
        long next = System.nanoTime() + interval;
        while (running) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            try {
                sample();
            } catch (RuntimeException e) {
                LOG.warn("jmx sampling failed once: {}", e.toString());
            }
            // Skip missed ticks instead of bursting after a long pause.
            next = Math.max(next + interval, System.nanoTime());
        }
    }

    /**
     * Takes one sample: the CPU time of every thread first (cheap, no safepoint), then the stacks
     * of only those threads that used CPU since the previous sample.
     */
    void sample() {
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        Map<Long, Long> seen = new HashMap<>(ids.length * 2);
        long[] busy = new long[ids.length];
        long[] used = new long[ids.length];
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (cpu[i] < 0) {
                continue; // ended, or CPU time off
            }
            seen.put(ids[i], cpu[i]);
            Long before = lastCpu.get(ids[i]);
            if (before != null && cpu[i] > before) {
                busy[n] = ids[i];
                used[n++] = cpu[i] - before;
            }
        }
        lastCpu.clear();
        lastCpu.putAll(seen);
        if (n == 0) {
            return;
        }
        ThreadInfo[] infos = threads.getThreadInfo(Arrays.copyOf(busy, n), Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            ThreadInfo info = infos[i];
            if (info == null || info.getThreadState() != Thread.State.RUNNABLE || settings.excludes(info.getThreadName())) {
                continue; // ended, or parked/blocked now: its CPU went to a stack we did not see
            }
            StackTraceElement[] trace = info.getStackTrace();
            if (trace.length == 0) {
                continue;
            }
            List<Frame> stack = new ArrayList<>(trace.length);
            for (int f = trace.length - 1; f >= 0; f--) {
                stack.add(frames.computeIfAbsent(trace[f], JmxCpuSampler::frame));
            }
            tally.add(stack, 1, used[i]);
        }
    }

    private static Frame frame(StackTraceElement e) {
        return new Frame(e.getClassName() + "." + e.getMethodName(), e.isNativeMethod() ? FrameKind.NATIVE : FrameKind.JAVA,
                e.getFileName(), e.getLineNumber());
    }

    /** Everything sampled so far: a sample is taken when its tick comes, so {@code until} is not needed. */
    @Override
    public Samples drain(Instant until) {
        return Samples.of(ProfileKind.CPU, tally.drain());
    }

    @Override
    public void stop() throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
            running = false;
        }
        if (t != null) {
            LockSupport.unpark(t);
            t.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
