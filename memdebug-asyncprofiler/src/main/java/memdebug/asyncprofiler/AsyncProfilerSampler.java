package memdebug.asyncprofiler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import memdebug.spi.StackSample;
import one.profiler.AsyncProfiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CPU sampling with async-profiler. The profiler runs from {@link #start()} to {@link #stop()}
 * without a gap; each {@link #drain()} takes a cumulative {@code collapsed} dump (which does not
 * stop or reset it) and hands out what grew since the previous one. Each sample weighs one
 * sampling interval of CPU time.
 */
final class AsyncProfilerSampler implements Sampler {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.asyncprofiler");

    /**
     * async-profiler logs to the process's stdout, and at level INFO it tells each empty dump
     * "No samples were collected". The level applies per command, so every command carries it.
     */
    private static final String WARNINGS_ONLY = ",loglevel=warn";

    /** Cumulative sample counts per stack, with frame-type suffixes. */
    static final String DUMP = "collapsed,samples,ann" + WARNINGS_ONLY;

    private final AsyncProfiler profiler;
    private final SamplerSettings settings;
    private final String event;
    private final long intervalNanos;
    private final CumulativeCounts counts = new CumulativeCounts();

    private String engine = "not started";
    private boolean started;
    private boolean running;
    private boolean closed;
    /** The dump taken right after stopping, handed out by the next drain; null once drained. */
    private String finalDump;
    private boolean finalDrained;

    /**
     * @param profiler the loaded profiler
     * @param settings interval and excluded threads
     * @param event    the async-profiler event: {@code cpu} (perf_events, else ctimer), or an
     *                 explicit engine such as {@code ctimer} or {@code itimer}
     */
    AsyncProfilerSampler(AsyncProfiler profiler, SamplerSettings settings, String event) {
        this.profiler = profiler;
        this.settings = settings;
        this.event = event;
        this.intervalNanos = nanos(settings.interval());
    }

    /** {@code perf_events} or {@code ctimer} for the {@code cpu} event (known after start), else the event itself. */
    synchronized String engine() {
        return engine;
    }

    @Override
    public Set<ProfileKind> kinds() {
        return Set.of(ProfileKind.CPU);
    }

    @Override
    public Sampling sampling(ProfileKind kind) {
        return new Sampling(engine(), event, intervalNanos);
    }

    @Override
    public synchronized void start() throws Exception {
        if (closed || started) {
            throw new IllegalStateException("this sampler was already " + (closed ? "closed" : "started"));
        }
        String status = profiler.execute("status");
        if (status.contains("running")) {
            throw new IllegalStateException("async-profiler is already profiling in this process (it says \""
                    + status.strip() + "\"); memdebug does not take over a running profiler");
        }
        int perfEventsBefore = ProcSelf.openPerfEvents();
        profiler.execute(startCommand());
        started = true;
        running = true;
        engine = detectEngine(perfEventsBefore, ProcSelf.openPerfEvents());
        LOG.debug("async-profiler {} sampling {} every {} ns with {}", profiler.getVersion(), event, intervalNanos, engine);
    }

    /** The command that starts sampling, with thread names so memdebug's threads can be left out. */
    String startCommand() {
        return "start,event=" + event + ",interval=" + intervalNanos + ",threads" + WARNINGS_ONLY;
    }

    /** Everything sampled so far: collapsed output has no times, so {@code until} is not used. */
    @Override
    public synchronized Samples drain(Instant until) throws Exception {
        if (!started || closed || finalDrained) {
            return Samples.none();
        }
        String dump;
        if (running) {
            dump = profiler.execute(DUMP);
        } else {
            dump = finalDump != null ? finalDump : profiler.execute(DUMP);
            finalDump = null;
            finalDrained = true;
        }
        Map<String, Long> grown = counts.advance(CollapsedLine.parseDump(dump), settings::excludes);
        List<StackSample> samples = new ArrayList<>(grown.size());
        grown.forEach((stack, n) -> samples.add(new StackSample(AnnotatedFrames.decode(stack), n, weight(n))));
        return Samples.of(ProfileKind.CPU, samples);
    }

    /** Stops the profiler and keeps a last cumulative dump for the next drain; a second call does nothing. */
    @Override
    public synchronized void stop() throws Exception {
        if (!running) {
            return;
        }
        running = false;
        try {
            profiler.execute("stop" + WARNINGS_ONLY);
        } catch (IllegalStateException e) {
            // "Profiler is not active": someone stopped it already; its data is still there to dump
            LOG.debug("async-profiler was already stopped: {}", e.getMessage());
        }
        finalDump = profiler.execute(DUMP);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            stop();
        } catch (Exception | LinkageError e) {
            LOG.warn("async-profiler did not stop cleanly: {}", NativeLibrary.rootCause(e));
        }
        closed = true;
        finalDump = null;
        counts.clear();
    }

    /**
     * The engine that really samples. async-profiler's {@code cpu} event uses perf_events when the
     * kernel allows, opening one perf event file per thread, and ctimer otherwise; it does not say
     * which, so the open perf event files tell.
     */
    private String detectEngine(int perfEventsBefore, int perfEventsAfter) {
        if (!event.equals("cpu")) {
            return event;
        }
        if (perfEventsAfter < 0) {
            return "cpu (engine unknown: no /proc)";
        }
        return perfEventsAfter > perfEventsBefore ? "perf_events" : "ctimer";
    }

    /** Samples times the interval; saturates instead of overflowing. */
    private long weight(long samples) {
        try {
            return Math.multiplyExact(samples, intervalNanos);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long nanos(Duration interval) {
        try {
            return Math.max(1, interval.toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
