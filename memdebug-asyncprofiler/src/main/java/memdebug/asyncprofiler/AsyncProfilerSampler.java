package memdebug.asyncprofiler;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jdk.jfr.consumer.RecordingFile;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import one.profiler.AsyncProfiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CPU and allocation sampling with async-profiler, in one profiler session writing JFR (the only
 * output in which async-profiler takes several events at once). The profiler runs from
 * {@link #start()} to {@link #stop()} without a gap. Each {@link #drain(Instant)} asks
 * async-profiler to finish its current JFR chunk ({@code dump}, which does not stop it), reads
 * only the chunks finished since the previous drain ({@link JfrOutput}), and hands out the
 * samples taken up to {@code until}; later ones wait for the next drain ({@link IntervalCut}). So
 * no sample is lost or counted twice, and a drain's cost follows its interval, not the session.
 */
class AsyncProfilerSampler implements Sampler {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.asyncprofiler");

    /**
     * async-profiler logs to the process's stdout (at level INFO it tells each empty dump "No
     * samples were collected", and warns there, for example when a thread's perf event cannot be
     * opened). Level {@code none} keeps the host's stdout clean; what it logs during a session is
     * recorded in the JFR anyway, where {@link JfrSamples} reads it and logs the warnings. The
     * level applies per command, so every command carries it.
     */
    private static final String QUIET = ",loglevel=none";

    /**
     * Frames kept per stack. async-profiler's default (2,048) cuts deep recursions and loses their
     * roots; walking costs about 20 ns a frame per sample (BENCHMARKS.md), so 16,384 frames cost
     * at most about 0.3 ms per sample of such a thread. Deeper stacks keep their top frames and get
     * a {@link JfrFrames#CUT [truncated]} root, which async-profiler adds when told
     * {@code jstackdepth=N/M}.
     */
    static final int MAX_FRAMES = 16_384;

    /**
     * async-profiler's {@code jfropts} bits for leaving out what memdebug does not read: system
     * and JVM information, system properties, native libraries, CPU load and heap summaries
     * (1 + 2 + 4 + 8 + 16). Only the samples and the recording's settings remain.
     */
    private static final int SAMPLES_ONLY = 31;

    private final AsyncProfiler profiler;
    private final SamplerSettings settings;
    private final String cpuEvent;
    private final long intervalNanos;
    private final long allocationInterval;
    private final Path folder;

    private Set<ProfileKind> kinds;
    private JfrOutput output;
    private JfrSamples reader;
    private IntervalCut cut;
    private Instant startedAt;
    private String engine = "not started";
    private boolean started;
    private boolean running;
    private boolean closed;
    private boolean finalDrained;

    /**
     * @param profiler the loaded profiler
     * @param settings kinds, intervals and excluded threads
     * @param cpuEvent the async-profiler event for CPU time: {@code cpu} (perf_events, else
     *                 ctimer), or an explicit engine such as {@code ctimer} or {@code itimer}
     * @param folder   where the private recording file is made (it gets no lasting name there)
     */
    AsyncProfilerSampler(AsyncProfiler profiler, SamplerSettings settings, String cpuEvent, Path folder) {
        this.profiler = profiler;
        this.settings = settings;
        this.cpuEvent = cpuEvent;
        this.intervalNanos = nanos(settings.interval());
        this.allocationInterval = settings.allocationInterval();
        this.folder = folder;
        Set<ProfileKind> wanted = new LinkedHashSet<>();
        for (ProfileKind k : List.of(ProfileKind.CPU, ProfileKind.ALLOC)) {
            if (settings.wants(k)) {
                wanted.add(k);
            }
        }
        this.kinds = wanted;
    }

    /** The CPU engine: {@code perf_events} or {@code ctimer} for the {@code cpu} event, as async-profiler's recording names it once read. */
    synchronized String engine() {
        return engine;
    }

    /** Asked for and offered before {@link #start()}; what really runs after it (CPU only when allocations could not start). */
    @Override
    public synchronized Set<ProfileKind> kinds() {
        return Set.copyOf(kinds);
    }

    @Override
    public synchronized Sampling sampling(ProfileKind kind) {
        List<String> notes = new ArrayList<>();
        if (kind.equals(ProfileKind.ALLOC)) {
            notes.add("allocated bytes are estimated: each sample stands for " + bytes(allocationInterval)
                    + " (the sampling interval), or for the object's size when that is larger");
        }
        if (reader != null && reader.samplesCut(kind) > 0) {
            notes.add(String.format(Locale.ROOT, "%,d of %,d samples so far had stacks deeper than %,d frames: cut to"
                    + " their top %,d frames, under a [truncated] root", reader.samplesCut(kind),
                    reader.samplesRead(kind), MAX_FRAMES - 1, MAX_FRAMES - 1));
        }
        if (kind.equals(ProfileKind.ALLOC)) {
            return new Sampling(allocationEngine(), "alloc", allocationInterval, notes);
        }
        return new Sampling(engine(), cpuEvent, intervalNanos, notes);
    }

    @Override
    public synchronized void start() throws Exception {
        if (closed || started) {
            throw new IllegalStateException("this sampler was already " + (closed ? "closed" : "started"));
        }
        if (kinds.isEmpty()) {
            throw new IllegalStateException("async-profiler samples CPU time and allocations; none was asked for ("
                    + settings.kinds() + ")");
        }
        String status = profiler.execute("status");
        if (status.contains("running")) {
            throw new IllegalStateException("async-profiler is already profiling in this process (it says \""
                    + status.strip() + "\"); memdebug does not take over a running profiler");
        }
        output = JfrOutput.create(folder);
        try {
            int perfEventsBefore = ProcSelf.openPerfEvents();
            kinds = startProfiler(kinds);
            started = true;
            running = true;
            startedAt = Instant.now();
            output.unlink();
            if (kinds.contains(ProfileKind.CPU)) {
                engine = detectEngine(perfEventsBefore, ProcSelf.openPerfEvents());
            }
        } catch (Exception | LinkageError e) {
            close();
            throw e;
        }
        reader = new JfrSamples(settings, kinds, intervalNanos);
        cut = new IntervalCut(List.copyOf(kinds));
        LOG.debug("async-profiler {} sampling {} (CPU: {} every {} ns with {}; allocations every {} bytes)",
                profiler.getVersion(), kinds, cpuEvent, intervalNanos, engine, allocationInterval);
    }

    /** Starts async-profiler for {@code wanted}; when allocations cannot be sampled, starts it for CPU alone and says so. */
    private Set<ProfileKind> startProfiler(Set<ProfileKind> wanted) throws Exception {
        try {
            profiler.execute(startCommand(wanted, output.path()));
            return wanted;
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (!wanted.contains(ProfileKind.ALLOC) || !wanted.contains(ProfileKind.CPU)) {
                throw e;
            }
            LOG.warn("memdebug: async-profiler cannot sample allocations in this JVM ({}); profiling CPU time only",
                    e.getMessage());
            Set<ProfileKind> cpu = Set.of(ProfileKind.CPU);
            profiler.execute(startCommand(cpu, output.path()));
            return cpu;
        }
    }

    /** The command that starts sampling {@code what} into the JFR file {@code file}. */
    String startCommand(Set<ProfileKind> what, String file) {
        StringBuilder command = new StringBuilder("start");
        if (what.contains(ProfileKind.CPU)) {
            command.append(",event=").append(cpuEvent).append(",interval=").append(intervalNanos);
        }
        if (what.contains(ProfileKind.ALLOC)) {
            command.append(",alloc=").append(allocationInterval);
        }
        return command.append(",jfr,jfropts=").append(SAMPLES_ONLY).append(",file=").append(file)
                .append(",jstackdepth=").append(MAX_FRAMES).append('/').append(MAX_FRAMES - 1)
                .append(QUIET).toString();
    }

    /**
     * Reads what async-profiler has recorded so far and holds it for the next drain: the first
     * read loads the JDK's JFR reader, which would otherwise hold up the first dump (or the
     * session's write) for a few hundred milliseconds.
     */
    @Override
    public synchronized void prepare() throws Exception {
        if (started && running && !closed) {
            profiler.execute("dump,jfr" + QUIET);
            cut.hold(readNewChunks());
        }
    }

    /**
     * The samples taken up to {@code until} and not handed out before. While running, async-profiler
     * first finishes its current chunk, so that every sample taken before this call can be read.
     * When {@code until} lies before the session's start (a clock that is not the wall clock),
     * everything read is handed out.
     */
    @Override
    public synchronized Samples drain(Instant until) throws Exception {
        if (!started || closed || finalDrained) {
            return Samples.none();
        }
        boolean last = !running;
        if (running) {
            profiler.execute("dump,jfr" + QUIET);
        } else {
            finalDrained = true;
        }
        long t0 = System.nanoTime();
        List<TimedSample> fresh = readNewChunks();
        LOG.debug("async-profiler: {} samples read in {} ms", fresh.size(), (System.nanoTime() - t0) / 1_000_000);
        boolean everything = last || until == null || until.isBefore(startedAt);
        return cut.take(fresh, until, everything);
    }

    private List<TimedSample> readNewChunks() throws IOException {
        RecordingFile chunks = output.openNewChunks();
        if (chunks == null) {
            return List.of();
        }
        List<TimedSample> fresh = reader.read(chunks);
        if (reader.engine() != null && kinds.contains(ProfileKind.CPU)) {
            engine = reader.engine();
        }
        return fresh;
    }

    /** Stops the profiler, which finishes its last chunk for the next drain; a second call does nothing. */
    @Override
    public synchronized void stop() throws Exception {
        if (!running) {
            return;
        }
        running = false;
        long t0 = System.nanoTime();
        try {
            profiler.execute("stop" + QUIET);
            LOG.debug("async-profiler stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (IllegalStateException e) {
            // "Profiler is not active": someone stopped it already, which also finished the chunk
            LOG.debug("async-profiler was already stopped: {}", e.getMessage());
        }
    }

    /** Stops if needed and lets go of the recording; nothing of it stays on disk. */
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
        if (output != null) {
            output.close();
        }
        cut = null;
    }

    /**
     * The engine that really samples CPU time. async-profiler's {@code cpu} event uses perf_events
     * when the kernel allows, opening one perf event file per thread, and ctimer otherwise; the
     * open perf event files tell which until its recording, read at the first drain, names it.
     */
    private String detectEngine(int perfEventsBefore, int perfEventsAfter) {
        if (!cpuEvent.equals("cpu")) {
            return cpuEvent;
        }
        if (perfEventsAfter < 0) {
            return "cpu (engine unknown: no /proc)";
        }
        return perfEventsAfter > perfEventsBefore ? "perf_events" : "ctimer";
    }

    /** async-profiler's name for its allocation engine: JVMTI's sampled object allocations (JDK 11 and later). */
    private static String allocationEngine() {
        return System.getProperty("java.vm.name", "").contains("OpenJ9") ? "j9_object_sampler" : "object_sampler";
    }

    /** 524288 as {@code 512 KiB}; sizes that are not whole KiB in bytes. */
    static String bytes(long n) {
        if (n >= 1L << 20 && n % (1L << 20) == 0) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1L << 10 && n % (1L << 10) == 0) {
            return (n >> 10) + " KiB";
        }
        return n + " bytes";
    }

    private static long nanos(Duration interval) {
        try {
            return Math.max(1, interval.toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
