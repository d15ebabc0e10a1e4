package memdebug.jmx;

import java.lang.management.ThreadInfo;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * A daemon thread that, at each interval, finds the threads that can be running, reads their CPU
 * time, and walks the stacks of those that used CPU since the previous sample. Each sample weighs
 * the CPU time its thread used. So a thread parked, or blocked in I/O while marked RUNNABLE, costs
 * nothing, and the sampler's own cost follows the busy threads, not all threads:
 * <ol>
 * <li>a state pass over the {@code Thread} objects ({@link ThreadCensus}): only RUNNABLE threads
 *     go on, and a thread that just stopped running is read once more, so its next burst is
 *     measured from when it stopped;</li>
 * <li>CPU time of those threads, in one call; a RUNNABLE thread that used no CPU in
 *     {@link #IDLE_READS} reads in a row (one blocked in I/O) is read only every
 *     {@link #IDLE_EVERY}th interval after that, until it uses CPU again;</li>
 * <li>stacks of the threads that used CPU, in one {@code getThreadInfo} call.</li>
 * </ol>
 * Virtual threads are invisible to {@code ThreadMXBean}: the CPU time of their carrier threads is
 * counted under one frame that says so, and the log says so once.
 *
 * <p>A stack walk stops every thread at a safepoint, and on a host whose threads fill every core
 * the threads take long to get there. So the sampler keeps its stack walks to 1/{@link #QUIET_FACTOR}
 * of the wall time since it started (plus {@link #CREDIT_NANOS}, so that its first, slow walks
 * count): when they are over, the next sample waits, even when the interval is shorter, and the
 * legend gives the interval it really kept. Weights are CPU time, so totals stay right.
 *
 * <p>A thread's CPU time over such a pause (or any gap over {@link #SPREAD_FACTOR} usual ones) is
 * not all put on the one stack seen at its end: one sample would then carry hundreds of
 * milliseconds. It is shared evenly with the thread's recent stacks, up to its last
 * {@link #SPREAD}, a share of about one usual gap each.
 */
final class JmxCpuSampler implements Sampler {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.jmx");
    /** The log says once per JVM that virtual threads are invisible to jmx. */
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD_VIRTUAL = new java.util.concurrent.atomic.AtomicBoolean();

    /** Reads with no CPU used after which a RUNNABLE thread counts as waiting. */
    static final int IDLE_READS = 3;
    /** A waiting RUNNABLE thread is read every this many intervals. */
    static final int IDLE_EVERY = 8;
    /** Stack walks (the host stopped at a safepoint) take at most 1/32 of the wall time (about 3 %), past {@link #CREDIT_NANOS}. */
    static final int QUIET_FACTOR = 32;
    /** Stack-walk time allowed beyond the 3 %: the first walks run cold. */
    static final long CREDIT_NANOS = 100_000_000L;
    /** Where the CPU time of carrier threads goes: the work of virtual threads jmx cannot see. */
    static final Frame VIRTUAL_THREADS = new Frame("[virtual threads: jmx cannot see their stacks]", FrameKind.JAVA);

    /** A sample's CPU time over this many usual gaps is shared with the thread's recent stacks. */
    static final int SPREAD_FACTOR = 4;
    /** How many of a thread's last stacks share the CPU time of a long gap. */
    static final int SPREAD = 16;

    /** What the sampler knows of one platform thread between intervals. */
    private static final class Track {
        long id;
        long cpu = -1;
        boolean runnable;
        boolean carrier;
        int idleReads;
        int skip;
        long seen;
        /** Its last {@link #SPREAD} stacks, oldest first. */
        ArrayDeque<List<Frame>> recent;
    }

    private final SamplerSettings settings;
    private final com.sun.management.ThreadMXBean threads;
    private final StackTally tally = new StackTally();
    private final ThreadCensus census = new ThreadCensus();
    /** Per thread object, so that no id is boxed per interval; the sampler thread only. */
    private final Map<Thread, Track> tracks = new IdentityHashMap<>();
    /** Interned frames, so equal stack elements share one Frame; touched by the sampler thread only. */
    private final Map<StackTraceElement, Frame> frames = new HashMap<>();
    private final AtomicLong virtualCpu = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private volatile long startNanos;
    private volatile long lastSampleNanos;
    /** How long the last sample's stack walk took (the host stopped); the sampler thread only. */
    private long lastWalkNanos;
    private volatile String carrierSeen;
    private long tick;
    /** When the previous sample was taken, and the usual wall time between samples; the sampler thread only. */
    private long previousSampleNanos;
    private long usualGapNanos;
    private long[] readIds = new long[64];
    private Track[] readTracks = new Track[64];
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
        List<String> notes = new ArrayList<>();
        long taken = samples.get();
        long interval = settings.interval().toNanos();
        if (taken > 10) {
            long kept = (lastSampleNanos - startNanos) / (taken - 1);
            if (kept > interval * 6 / 5) {
                notes.add(String.format(java.util.Locale.ROOT, "sampled every %.1f ms on average, not every %.1f ms: "
                        + "stack walks stop all threads, and jmx keeps them to about 3 %% of the time", kept / 1e6,
                        interval / 1e6));
            }
        }
        String carrier = carrierSeen;
        if (carrier != null) {
            notes.add("virtual threads ran (carrier " + carrier + "): ThreadMXBean cannot see them, so their CPU time, "
                    + virtualCpu.get() / 1_000_000 + " ms so far, is under " + VIRTUAL_THREADS.name()
                    + "; memdebug-jfr profiles them");
        }
        return new Sampling("ThreadMXBean", "cpu", interval, notes);
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
        startNanos = System.nanoTime();
        long next = startNanos + interval;
        long spent = 0;
        while (running) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            lastWalkNanos = 0;
            try {
                sample();
            } catch (RuntimeException e) {
                LOG.warn("jmx sampling failed once: {}", e.toString());
            }
            long now = System.nanoTime();
            samples.incrementAndGet();
            lastSampleNanos = now;
            spent += lastWalkNanos;
            // Skip missed ticks instead of bursting after a long pause; keep sampling within its share of the time.
            next = Math.max(Math.max(next + interval, now), startNanos + QUIET_FACTOR * (spent - CREDIT_NANOS));
        }
        try {
            sample(); // the CPU time used since the last sample counts too, however far apart the walks were
        } catch (RuntimeException e) {
            LOG.warn("jmx sampling failed once: {}", e.toString());
        }
    }

    /** Takes one sample: state pass, CPU time of the threads that can run, stacks of those that did. */
    void sample() {
        tick++;
        long now = System.nanoTime();
        long interval = settings.interval().toNanos();
        long usual = Math.max(interval, usualGapNanos);
        long cap = SPREAD_FACTOR * usual;
        if (previousSampleNanos != 0) {
            long gap = Math.min(now - previousSampleNanos, cap); // a long pause does not make pauses usual
            usualGapNanos = usualGapNanos == 0 ? gap : usualGapNanos + (gap - usualGapNanos) / 8;
        }
        previousSampleNanos = now;
        int n = census.take();
        int reads = 0;
        for (int i = 0; i < n; i++) {
            Thread t = census.get(i);
            if (t == null || settings.excludes(t.getName())) {
                continue;
            }
            Track track = tracks.get(t);
            if (track == null) {
                track = new Track();
                track.id = t.getId();
                track.carrier = ThreadCensus.isCarrier(t);
                tracks.put(t, track);
            }
            track.seen = tick;
            boolean runnable = t.getState() == Thread.State.RUNNABLE;
            boolean read;
            if (runnable) {
                read = track.skip == 0;
                if (!read) {
                    track.skip--;
                }
            } else {
                read = track.runnable; // it just stopped: read once, so its next burst is measured from here
                track.idleReads = 0;
                track.skip = 0;
            }
            track.runnable = runnable;
            if (read) {
                if (reads == readIds.length) {
                    readIds = java.util.Arrays.copyOf(readIds, reads * 2);
                    readTracks = java.util.Arrays.copyOf(readTracks, reads * 2);
                }
                readIds[reads] = track.id;
                readTracks[reads++] = track;
            }
        }
        if (tick % 64 == 0) {
            tracks.values().removeIf(tr -> tr.seen != tick); // ended threads
        }
        if (reads == 0) {
            return;
        }
        long[] cpu = threads.getThreadCpuTime(java.util.Arrays.copyOf(readIds, reads));
        long[] busy = new long[reads];
        long[] used = new long[reads];
        Track[] busyTracks = new Track[reads];
        int b = 0;
        for (int i = 0; i < reads; i++) {
            Track track = readTracks[i];
            readTracks[i] = null;
            long before = track.cpu;
            track.cpu = cpu[i];
            if (cpu[i] < 0 || before < 0 || !track.runnable) {
                continue; // ended, CPU time off, no baseline yet, or it stopped running (where is not known)
            }
            long delta = cpu[i] - before;
            if (delta <= 0) {
                if (++track.idleReads >= IDLE_READS) {
                    track.skip = IDLE_EVERY - 1;
                }
                continue;
            }
            track.idleReads = 0;
            if (track.carrier) {
                carrierUsed(track, delta);
            } else {
                busy[b] = track.id;
                busyTracks[b] = track;
                used[b++] = delta;
            }
        }
        if (b == 0) {
            return;
        }
        long walk = System.nanoTime();
        ThreadInfo[] infos = threads.getThreadInfo(java.util.Arrays.copyOf(busy, b), Integer.MAX_VALUE);
        lastWalkNanos = System.nanoTime() - walk;
        for (int i = 0; i < b; i++) {
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
            add(busyTracks[i], stack, used[i], usual);
        }
    }

    /**
     * Tallies one sample. CPU time over {@link #SPREAD_FACTOR} usual gaps is shared evenly with the
     * thread's recent stacks, about one usual gap each (a share whose stack was drained from the
     * tally stays with this one).
     */
    private void add(Track track, List<Frame> stack, long used, long usual) {
        ArrayDeque<List<Frame>> recent = track.recent;
        if (recent == null) {
            recent = track.recent = new ArrayDeque<>(SPREAD + 1);
        }
        long own = used;
        if (used > SPREAD_FACTOR * usual && !recent.isEmpty()) {
            int shares = (int) Math.min(recent.size() + 1, (used + usual - 1) / usual);
            long share = used / shares;
            int skip = recent.size() - (shares - 1); // the newest shares - 1 take a share each
            for (List<Frame> earlier : recent) {
                if (skip-- <= 0 && tally.addWeight(earlier, share)) {
                    own -= share;
                }
            }
        }
        tally.add(stack, 1, own);
        recent.addLast(stack);
        if (recent.size() > SPREAD) {
            recent.removeFirst();
        }
    }

    private void carrierUsed(Track track, long delta) {
        virtualCpu.addAndGet(delta);
        tally.add(List.of(VIRTUAL_THREADS), 1, delta);
        if (carrierSeen == null) {
            String name = String.valueOf(track.id);
            for (Map.Entry<Thread, Track> e : tracks.entrySet()) {
                if (e.getValue() == track) {
                    name = e.getKey().getName();
                }
            }
            carrierSeen = name;
            if (TOLD_VIRTUAL.getAndSet(true)) {
                return;
            }
            LOG.warn("memdebug jmx: virtual threads are running (carrier thread {}); ThreadMXBean cannot see them, so jmx "
                    + "profiles show their CPU time only as \"{}\". Use memdebug-jfr (JDK 21+) to profile virtual threads",
                    name, VIRTUAL_THREADS.name());
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
