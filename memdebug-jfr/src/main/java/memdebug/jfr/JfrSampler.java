package memdebug.jfr;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingStream;
import memdebug.spi.Frame;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One profiling session on a JFR {@link RecordingStream} of this JVM. The stream's thread turns
 * each sample event into a stack and holds it ({@link PendingSamples}); a drain waits (at most
 * {@link #DRAIN_WAIT}) until the stream has delivered every event taken before the interval's end,
 * which comes about a second late, then takes exactly those. Stopping ends the recording with
 * {@code RecordingStream.stop()} where the JDK has it (20+), which returns once every event is
 * handed over; before JDK 20 it waits the same way for the stream to pass the stop. Then it closes
 * the stream; the recording's files go with it (JFR deletes its
 * repository when the JVM exits).
 */
final class JfrSampler implements Sampler {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.jfr");

    /** How long a drain or a stop waits for the stream to catch up: JFR flushes once a second. */
    static final Duration DRAIN_WAIT = Duration.ofSeconds(3);
    /** {@code RecordingStream.stop()}, JDK 20+; null before. */
    private static final MethodHandle STREAM_STOP = streamStop();
    /** Said in the log and the legend when the JVM exited before the stream handed over anything. */
    static final String EMPTY_AT_EXIT = "the JVM exited before JFR handed over any sample (it does so about once a "
            + "second, and its own exit hook ended the recording first); call writeProfile() or close the session "
            + "before exiting to keep them";
    /** JFR's own threads (the stream, periodic tasks, the recorder) are left out like memdebug's. */
    static final String JFR_THREAD_PREFIX = "JFR ";

    /** Counts for the legend, per kind. */
    private static final class Counts {
        final AtomicLong samples = new AtomicLong();
        final AtomicLong virtual = new AtomicLong();
        final AtomicLong truncated = new AtomicLong();
    }

    private final SamplerSettings settings;
    private final SamplerChoice choice;
    private final PendingSamples pending = new PendingSamples();
    private final StreamProgress progress = new StreamProgress();
    private final Counts cpuCounts = new Counts();
    private final Counts allocCounts = new Counts();
    private final AtomicLong nativeDropped = new AtomicLong();
    private final AtomicLong cpuTimeLost = new AtomicLong();
    private final AtomicLong cpuTimeBiased = new AtomicLong();
    private final AtomicLong cpuTimeFailed = new AtomicLong();
    private final AtomicLong lateCuts = new AtomicLong();
    private final AtomicLong eventErrors = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean streamFailed = new java.util.concurrent.atomic.AtomicBoolean();
    /** The CPU-time sampler's period as its samples say (the kernel's timer may coarsen the one asked for). */
    private final AtomicLong cpuTimePeriod = new AtomicLong();

    /** The stream's thread only. */
    private final SampleDecoder decoder = new SampleDecoder();
    /** The stream's thread only. */
    private final NativeCpuFilter nativeCpu = NativeCpuFilter.current();

    /** The process's CPU time when sampling started, to tell a CPU-time sampler that delivers nothing; -1 unknown. */
    private long processCpuAtStart = -1;
    private boolean toldSilent;
    private RecordingPlan plan;
    private RecordingStream stream;
    private boolean started;
    private boolean running;
    private boolean closed;
    /** The JVM exited before the stream handed over anything: JFR's exit hook ended it first. */
    private volatile boolean emptyAtExit;

    /**
     * @param settings kinds, interval and threads left out
     * @param choice   the CPU sampler asked for
     */
    JfrSampler(SamplerSettings settings, SamplerChoice choice) {
        this.settings = settings;
        this.choice = choice;
    }

    @Override
    public synchronized Set<ProfileKind> kinds() {
        Set<ProfileKind> kinds = new LinkedHashSet<>(plan != null ? plan.kinds() : List.of(ProfileKind.CPU, ProfileKind.ALLOC));
        kinds.removeIf(k -> !settings.wants(k));
        return kinds;
    }

    @Override
    public synchronized Sampling sampling(ProfileKind kind) {
        if (plan == null) {
            return new Sampling("JFR", kind.id(), 0, List.of("not started"));
        }
        if (kind.equals(ProfileKind.ALLOC)) {
            List<String> notes = new ArrayList<>(plan.allocNotes());
            plan.allocThrottle().ifPresent(t -> notes.add("JFR samples allocations at new TLABs and large objects, throttled "
                    + "to " + t + "; the bytes JFR weighs each thread's samples with are evened out over its samples of each "
                    + "second"));
            common(notes, allocCounts);
            return new Sampling(RecordingPlan.ALLOCATION_SAMPLE, "alloc", 0, notes);
        }
        List<String> notes = new ArrayList<>(plan.cpuNotes());
        if (plan.cpu() == CpuEngine.CPU_TIME) {
            notes.add("JFR's CPU-time sampler (JDK 25+, Linux, experimental): each thread is sampled per period of its own "
                    + "CPU time");
            long seen = cpuTimePeriod.get();
            if (seen > 0 && seen != plan.cpuPeriodNanos()) {
                notes.add("it sampled every " + millis(seen) + " (asked: " + millis(plan.cpuPeriodNanos())
                        + "; the kernel's timers are no finer)");
            }
            silentSampler().ifPresent(notes::add);
            counted(notes, cpuTimeLost.get(), "sample lost", "samples lost (JFR's queue was full)");
            counted(notes, cpuTimeBiased.get(), "sample was", "samples were");
            if (cpuTimeBiased.get() > 0) {
                notes.set(notes.size() - 1, notes.get(notes.size() - 1) + " taken at a safepoint (biased)");
            }
            counted(notes, cpuTimeFailed.get(), "sample", "samples");
            if (cpuTimeFailed.get() > 0) {
                notes.set(notes.size() - 1, notes.get(notes.size() - 1) + " without a stack left out");
            }
        } else if (plan.cpu() == CpuEngine.EXECUTION) {
            notes.add("each execution sample stands for one period of a thread running Java code (a thread waiting for a "
                    + "core counts too); JFR samples at most 5 such threads per period");
            if (plan.nativePeriodNanos() > 0) {
                notes.add("native-method samples count only for threads that used CPU since their previous one (JFR "
                        + "cannot tell native code computing from native code waiting): " + nativeDropped.get() + " left out");
            }
        }
        common(notes, cpuCounts);
        if (lateCuts.get() > 0) {
            notes.add(lateCuts.get() + (lateCuts.get() == 1 ? " interval end" : " interval ends") + " came before the "
                    + "stream caught up; samples taken before it went to the next interval");
        }
        long period = plan.cpu() == CpuEngine.CPU_TIME && cpuTimePeriod.get() > 0 ? cpuTimePeriod.get() : plan.cpuPeriodNanos();
        return new Sampling(plan.cpu().event, plan.cpu().sampled, period, notes);
    }

    private static String millis(long nanos) {
        return nanos % 1_000_000 == 0 ? nanos / 1_000_000 + " ms" : String.format(java.util.Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    /**
     * A note when the CPU-time sampler delivered nothing although the process used at least a
     * second of CPU: another profiler in the process then holds the signal it needs.
     */
    private java.util.Optional<String> silentSampler() {
        long used = processCpu() - processCpuAtStart;
        if (processCpuAtStart < 0 || cpuCounts.samples.get() > 0 || cpuTimeFailed.get() > 0 || used < 1_000_000_000L) {
            return java.util.Optional.empty();
        }
        String note = "JFR's CPU-time sampler delivered no sample while the process used " + millis(used) + " of CPU; "
                + "another profiler in this JVM may hold its signal (SIGPROF). -D" + SamplerChoice.PROPERTY
                + "=execution samples without it";
        if (!toldSilent) {
            toldSilent = true;
            LOG.warn("memdebug jfr: {}", note);
        }
        return java.util.Optional.of(note);
    }

    /** The process's CPU time in nanoseconds, or -1 where the JVM cannot tell. */
    private static long processCpu() {
        try {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        } catch (RuntimeException | LinkageError e) { // not HotSpot's bean
            return -1;
        }
    }

    private void common(List<String> notes, Counts counts) {
        if (counts.virtual.get() > 0) {
            notes.add(counts.virtual.get() + " of " + counts.samples.get() + " samples are of virtual threads");
        }
        if (counts.truncated.get() > 0) {
            notes.add(counts.truncated.get() + " stacks were deeper than JFR keeps (64 frames unless "
                    + "-XX:FlightRecorderOptions:stackdepth= says more); their roots read " + SampleDecoder.TRUNCATED.name());
        }
        if (emptyAtExit) {
            notes.add(EMPTY_AT_EXIT);
        }
        if (pending.foldedCount() > 0) {
            notes.add(pending.foldedCount() + " samples waited so long for a dump that they were added up early "
                    + "and given to the next one");
        }
    }

    private static void counted(List<String> notes, long n, String one, String many) {
        if (n > 0) {
            notes.add(n + " " + (n == 1 ? one : many));
        }
    }

    @Override
    public synchronized void start() {
        if (started || closed) {
            throw new IllegalStateException("this sampler was already " + (closed ? "closed" : "started"));
        }
        started = true;
        HostRecordings host = HostRecordings.running();
        plan = RecordingPlan.of(settings, choice, JvmFacts.current(), host);
        if (!host.isEmpty()) {
            LOG.info("memdebug jfr: the host's own JFR recording ({}) is running; memdebug records only what it records, "
                    + "at its rates, and leaves its file as it was (recorded for memdebug: {})",
                    String.join(", ", host.names()), plan.kinds().isEmpty() ? "nothing" : plan.kinds());
        }
        if (plan.kinds().isEmpty()) {
            return; // nothing to record: memdebug then says the sampler samples none of the kinds asked for
        }
        RecordingStream rs = new RecordingStream();
        try {
            rs.setSettings(plan.settings());
            subscribe(rs);
            rs.onFlush(progress::flushDone);
            rs.onClose(progress::end);
            rs.onError(this::streamFailed);
            rs.startAsync();
        } catch (RuntimeException | Error e) {
            rs.close();
            throw e;
        }
        stream = rs;
        running = true;
        processCpuAtStart = processCpu();
        LOG.debug("memdebug jfr: recording {}", plan.settings());
    }

    private void subscribe(RecordingStream rs) {
        if (plan.cpu() == CpuEngine.CPU_TIME) {
            rs.onEvent(RecordingPlan.CPU_TIME_SAMPLE, safely(this::onCpuTimeSample));
            rs.onEvent(RecordingPlan.CPU_TIME_SAMPLES_LOST, safely(this::onCpuTimeSamplesLost));
        } else if (plan.cpu() == CpuEngine.EXECUTION) {
            rs.onEvent(RecordingPlan.EXECUTION_SAMPLE, safely(this::onExecutionSample));
            if (plan.nativePeriodNanos() > 0) {
                rs.onEvent(RecordingPlan.NATIVE_METHOD_SAMPLE, safely(this::onNativeMethodSample));
            }
        }
        if (plan.allocThrottle().isPresent()) {
            rs.onEvent(RecordingPlan.ALLOCATION_SAMPLE, safely(this::onAllocationSample));
        }
        if (plan.flushEvents()) {
            rs.onEvent(RecordingPlan.FLUSH, safely(e -> progress.saw(epochNanos(e.getStartTime()))));
        }
    }

    /** An event handler that never lets an exception end the stream. */
    private Consumer<RecordedEvent> safely(Consumer<RecordedEvent> handler) {
        return e -> {
            try {
                handler.accept(e);
            } catch (RuntimeException ex) {
                if (eventErrors.getAndIncrement() == 0) {
                    LOG.warn("memdebug jfr: an event could not be read ({}); such events are left out", ex.toString());
                }
            }
        };
    }

    private void streamFailed(Throwable e) {
        if (!streamFailed.getAndSet(true)) {
            LOG.warn("memdebug jfr: the recording stream failed ({}); the profile ends with what it delivered", e.toString());
        }
        progress.end();
    }

    private void onExecutionSample(RecordedEvent e) {
        long t = epochNanos(e.getStartTime());
        progress.saw(t);
        RecordedThread thread = e.getThread("sampledThread");
        if (leftOut(thread)) {
            return;
        }
        hold(ProfileKind.CPU, cpuCounts, t, thread, decoder.stack(e.getStackTrace(), null), plan.cpuPeriodNanos(),
                e.getStackTrace() != null && e.getStackTrace().isTruncated());
    }

    private void onNativeMethodSample(RecordedEvent e) {
        long t = epochNanos(e.getStartTime());
        progress.saw(t);
        RecordedThread thread = e.getThread("sampledThread");
        if (leftOut(thread)) {
            return;
        }
        if (!nativeCpu.computing(thread.getJavaThreadId())) {
            nativeDropped.incrementAndGet();
            return;
        }
        hold(ProfileKind.CPU, cpuCounts, t, thread, decoder.stack(e.getStackTrace(), null), plan.nativePeriodNanos(),
                e.getStackTrace() != null && e.getStackTrace().isTruncated());
    }

    private void onCpuTimeSample(RecordedEvent e) {
        long t = epochNanos(e.getStartTime());
        progress.saw(t);
        RecordedThread thread = e.getThread("eventThread");
        if (leftOut(thread)) {
            return;
        }
        if (e.getBoolean("failed") || e.getStackTrace() == null) {
            cpuTimeFailed.incrementAndGet();
            return;
        }
        if (e.getBoolean("biased")) {
            cpuTimeBiased.incrementAndGet();
        }
        Duration period = e.getDuration("samplingPeriod");
        long weight = period.isZero() || period.isNegative() ? plan.cpuPeriodNanos() : period.toNanos();
        cpuTimePeriod.set(weight);
        hold(ProfileKind.CPU, cpuCounts, t, thread, decoder.stack(e.getStackTrace(), null), weight,
                e.getStackTrace().isTruncated());
    }

    private void onCpuTimeSamplesLost(RecordedEvent e) {
        progress.saw(epochNanos(e.getStartTime()));
        Object lost = e.getValue("lostSamples");
        if (lost instanceof Number n) {
            cpuTimeLost.addAndGet(Math.max(0, n.longValue()));
        }
    }

    private void onAllocationSample(RecordedEvent e) {
        long t = epochNanos(e.getStartTime());
        progress.saw(t);
        RecordedThread thread = e.getThread("eventThread");
        if (leftOut(thread)) {
            return;
        }
        RecordedClass type = e.getClass("objectClass");
        Frame top = decoder.allocatedType(type == null ? null : type.getName());
        hold(ProfileKind.ALLOC, allocCounts, t, thread, decoder.stack(e.getStackTrace(), top), e.getLong("weight"),
                e.getStackTrace() != null && e.getStackTrace().isTruncated());
    }

    private void hold(ProfileKind kind, Counts counts, long t, RecordedThread thread, List<Frame> stack, long weight,
                      boolean truncated) {
        if (stack.isEmpty()) {
            return;
        }
        counts.samples.incrementAndGet();
        if (isVirtual(thread)) {
            counts.virtual.incrementAndGet();
        }
        if (truncated) {
            counts.truncated.incrementAndGet();
        }
        pending.add(new TimedSample(t, kind, thread.getJavaThreadId(), stack, weight));
    }

    /** Samples of memdebug's threads and of JFR's own are left out, as are those with no thread. */
    private boolean leftOut(RecordedThread thread) {
        if (thread == null) {
            return true;
        }
        String name = thread.getJavaName();
        return name != null && (settings.excludes(name) || name.startsWith(JFR_THREAD_PREFIX));
    }

    /** {@code RecordedThread.isVirtual()} is JDK 21+; the field it reads is there from JDK 21 on. */
    private static boolean isVirtual(RecordedThread thread) {
        return thread.hasField("virtual") && thread.getBoolean("virtual");
    }

    @Override
    public Samples drain(Instant until) {
        boolean live;
        synchronized (this) {
            if (!started || closed) {
                return Samples.none();
            }
            live = running;
        }
        if (!live) {
            return pending.takeAll();
        }
        long end = epochNanos(until);
        if (!progress.isPast(end) && !progress.awaitPast(end, DRAIN_WAIT) && !Thread.currentThread().isInterrupted()) {
            lateCuts.incrementAndGet();
            LOG.debug("memdebug jfr: the stream had not passed {} after {}; later samples go to the next interval", until,
                    DRAIN_WAIT);
        }
        return pending.takeBefore(end);
    }

    /** Waits (bounded) until the stream has delivered what was taken before now, then closes it. */
    @Override
    public void stop() {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        long t0 = System.nanoTime();
        boolean exiting = jvmExiting();
        boolean past = stopAndDeliver(exiting) || progress.awaitPast(epochNanos(Instant.now()), DRAIN_WAIT);
        if (exiting && !progress.deliveredAny() && cpuCounts.samples.get() == 0 && allocCounts.samples.get() == 0) {
            emptyAtExit = true;
            LOG.warn("memdebug jfr: {}", EMPTY_AT_EXIT);
        }
        LOG.debug("memdebug jfr: stop waited {} ms, past={}, ended={}, cpu samples seen={}", (System.nanoTime() - t0) / 1_000_000,
                past, progress.isPast(Long.MAX_VALUE), cpuCounts.samples.get());
        closeStream();
    }

    /**
     * JDK 20+: {@code RecordingStream.stop()} ends the recording and returns once the stream has
     * handed over every event in it, without waiting for JFR's next flush (up to a second).
     *
     * @return true when it did so; false on JDK 17-19, or when it failed (then the caller waits)
     */
    private boolean stopAndDeliver(boolean exiting) {
        MethodHandle stop = STREAM_STOP;
        RecordingStream rs;
        synchronized (this) {
            rs = stream;
        }
        if (stop == null || rs == null || exiting) {
            return false;
        }
        try {
            return (boolean) stop.invokeExact(rs);
        } catch (Throwable e) { // a stream already closed by the JVM's exit, or an error of JFR's
            LOG.debug("memdebug jfr: RecordingStream.stop() failed: {}", e.toString());
            return false;
        }
    }

    /**
     * True while the JVM shuts down. JFR's own shutdown hook then stops the recording first, and
     * {@code stop()} on a stopped recording leaves the stream unfinished (the wait below then runs
     * to its limit: 3 s added to 13 of 40 exits on JDK 25).
     */
    private static boolean jvmExiting() {
        Thread probe = new Thread(() -> { }, SamplerSettings.MEMDEBUG_THREAD_PREFIX + "exit-probe");
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static MethodHandle streamStop() {
        try {
            return MethodHandles.publicLookup().findVirtual(RecordingStream.class, "stop", MethodType.methodType(boolean.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null; // JDK 17-19
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.debug("memdebug jfr: stopping failed: {}", e.toString());
        }
        closeStream();
        synchronized (this) {
            closed = true;
        }
        pending.close();
    }

    private void closeStream() {
        RecordingStream rs;
        synchronized (this) {
            rs = stream;
            stream = null;
        }
        if (rs != null) {
            try {
                rs.close();
            } catch (RuntimeException e) {
                LOG.debug("memdebug jfr: closing the recording stream failed: {}", e.toString());
            }
        }
        progress.end();
    }

    /** Nanoseconds since the epoch, saturating. */
    static long epochNanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
