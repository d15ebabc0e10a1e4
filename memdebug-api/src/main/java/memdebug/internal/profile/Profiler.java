package memdebug.internal.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import memdebug.internal.discovery.Chosen;
import memdebug.internal.line.GoDuration;
import memdebug.spi.CpuSampler;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ReportProvider;
import memdebug.spi.SamplerSettings;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;
import memdebug.spi.StackTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPU profiling lifecycle: start a sampler, cut it into intervals ({@code cpu-NNN}) on a
 * memdebug writer thread, and write the whole session ({@code cpu}) at the end. Every sample
 * drained goes into exactly one interval report and into the session total. Calls in the wrong
 * order are logged and harmless.
 */
public final class Profiler {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.profile");
    private static final String WRITER_THREAD = SamplerSettings.MEMDEBUG_THREAD_PREFIX + "writer";
    /** writeProfile() waits this long for the reports, so a hung report never holds the host (or its exit). */
    private static final long WRITE_TIMEOUT_SECONDS = 120;

    private final Supplier<Optional<Chosen<MetricsProvider>>> metrics;
    private final Supplier<Optional<Chosen<ReportProvider>>> report;
    /** The metrics provider, chosen once at the first start. */
    private Optional<Chosen<MetricsProvider>> chosenMetrics;
    private final Path dir;
    private final Duration interval;
    private final Clock clock;
    private final boolean writeOnExit;
    private final ProgramInfo program = ProgramInfo.current();

    private Session current;
    /** Why no session runs, for the log when a dump or write comes anyway. */
    private String idleReason = "call MemDebug.profile() first";
    private String loggedIdleReason;
    private ReportFiles files;
    private ExecutorService writer;
    private boolean hookAdded;
    private volatile boolean exiting;

    /**
     * @param metrics     chooses the metrics provider, called at the first {@link #start()}
     * @param report      chooses the report provider, called at the first {@link #start()}
     * @param dir         where reports go
     * @param interval    the sampling interval
     * @param clock       the wall clock for the reports' times
     * @param writeOnExit whether a JVM exiting while profiling writes the session report
     */
    public Profiler(Supplier<Optional<Chosen<MetricsProvider>>> metrics, Supplier<Optional<Chosen<ReportProvider>>> report,
                    Path dir, Duration interval, Clock clock, boolean writeOnExit) {
        this.metrics = metrics;
        this.report = report;
        this.dir = dir;
        this.interval = interval;
        this.clock = clock;
        this.writeOnExit = writeOnExit;
    }

    /** One profiling session: its sampler, when it and its current interval started, and its total. */
    private static final class Session {
        final String backend;
        final CpuSampler sampler;
        final Instant start;
        final StackTally total = new StackTally();
        Instant intervalStart;

        Session(String backend, CpuSampler sampler, Instant start) {
            this.backend = backend;
            this.sampler = sampler;
            this.start = start;
            this.intervalStart = start;
        }
    }

    /**
     * Starts sampling.
     *
     * @return true when sampling runs (now or already)
     */
    public synchronized boolean start() {
        if (current != null) {
            LOG.warn("memdebug is already profiling; profile() again changes nothing");
            return true;
        }
        if (exiting) {
            return refuse("the JVM is shutting down");
        }
        if (chosenMetrics == null) {
            chosenMetrics = metrics.get();
        }
        Optional<Chosen<MetricsProvider>> m = chosenMetrics;
        if (m.isEmpty()) {
            return refuse("no metrics provider on the path. Add io.github.memdebug:memdebug-jmx (pure JDK) or "
                    + "memdebug-asyncprofiler next to memdebug-api");
        }
        if (files == null) {
            Optional<Chosen<ReportProvider>> r = report.get();
            if (r.isEmpty()) {
                return refuse("no report provider on the path. Add io.github.memdebug:memdebug-pdf next to memdebug-api");
            }
            files = new ReportFiles(dir, r.get().instance());
        }
        if (!addShutdownHook()) {
            return refuse("the JVM is shutting down");
        }
        CpuSampler sampler = null;
        try {
            sampler = m.get().instance().cpuSampler(new SamplerSettings(interval, SamplerSettings.MEMDEBUG_THREAD_PREFIX));
            sampler.start();
        } catch (Exception | LinkageError e) {
            if (sampler != null) {
                sampler.close();
            }
            return refuse("the " + m.get().name() + " CPU sampler did not start: " + e);
        }
        current = new Session(m.get().name(), sampler, clock.instant());
        LOG.info("memdebug CPU profiling started: {} ({}), every {}", m.get().name(), sampler.engine(),
                GoDuration.format(interval.toNanos()));
        return true;
    }

    private boolean refuse(String why) {
        LOG.warn("memdebug cannot profile: {}", why);
        idleReason = "profiling did not start: " + why;
        loggedIdleReason = idleReason;
        return false;
    }

    /** Logs why a dump or write finds no session: at WARN once per reason, then at DEBUG. */
    private void logIdle(String call) {
        if (idleReason.equals(loggedIdleReason)) {
            LOG.debug("memdebug {} ignored: {}", call, idleReason);
        } else {
            LOG.warn("memdebug {} ignored: {}", call, idleReason);
            loggedIdleReason = idleReason;
        }
    }

    /** True while a session runs. */
    public synchronized boolean running() {
        return current != null;
    }

    /**
     * Queues the report of the samples since the previous dump (or the start) as the next
     * {@code cpu-NNN} file. Sampling goes on.
     *
     * @return the file, once written; completed exceptionally when not profiling or on failure
     */
    public synchronized CompletableFuture<Path> dump() {
        if (current == null) {
            logIdle("dumpProfile()");
            return CompletableFuture.failedFuture(new IllegalStateException("not profiling: " + idleReason));
        }
        Session s = current;
        String name = files.nextIntervalName();
        return submit(() -> {
            StackProfile p = cut(s);
            return files.write(name, p);
        }, name);
    }

    /**
     * Stops sampling, waits for the pending dumps and writes the whole session's report.
     *
     * @return the file, or empty when not profiling or on failure (logged)
     */
    public Optional<Path> write() {
        Session s;
        CompletableFuture<Path> done;
        synchronized (this) {
            if (current == null) {
                logIdle("writeProfile()");
                return Optional.empty();
            }
            s = current;
            current = null;
            idleReason = "the session was already written by writeProfile(); call MemDebug.profile() to start another";
            try {
                s.sampler.stop();
            } catch (Exception | LinkageError e) {
                LOG.warn("memdebug: the {} sampler failed to stop: {}", s.backend, e.toString());
            }
            String name = files.sessionName();
            done = submit(() -> {
                try {
                    cut(s);
                    Instant end = clock.instant();
                    return files.write(name, profile(s, s.start, end, s.total.snapshot()));
                } finally {
                    s.sampler.close();
                }
            }, name);
        }
        try {
            if (Thread.currentThread().getName().equals(WRITER_THREAD)) {
                LOG.warn("memdebug writeProfile() called from a report being drawn; {} is written after it", files.sessionName());
                return Optional.empty(); // waiting here would wait for ourselves
            }
            return Optional.of(done.get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            return Optional.empty(); // logged by submit
        } catch (TimeoutException e) {
            LOG.warn("memdebug: {} is still being written after {} s; not waiting longer (it appears when done)",
                    files.sessionName(), WRITE_TIMEOUT_SECONDS);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Drains the sampler into the session total; returns the interval's profile. */
    private StackProfile cut(Session s) throws Exception {
        List<StackSample> samples = s.sampler.drain();
        s.total.addAll(samples);
        Instant end = clock.instant();
        StackProfile p = profile(s, s.intervalStart, end, samples);
        s.intervalStart = end;
        return p;
    }

    private StackProfile profile(Session s, Instant start, Instant end, List<StackSample> samples) {
        ProfileInfo info = new ProfileInfo(program.program(), s.backend, s.sampler.engine(), s.sampler.event(), interval,
                start, end, program.jvm(), program.collector());
        return new StackProfile(info, samples);
    }

    private interface Job {
        Path run() throws Exception;
    }

    private CompletableFuture<Path> submit(Job job, String name) {
        CompletableFuture<Path> f = new CompletableFuture<>();
        try {
            writer().execute(() -> {
                try {
                    f.complete(job.run());
                } catch (Exception | LinkageError | StackOverflowError e) {
                    String why = e instanceof IOException ? e.toString() : "the report failed: " + e;
                    LOG.warn("memdebug could not write {} in {}: {}", name, dir.toAbsolutePath(), why);
                    f.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("memdebug could not queue {}: {}", name, e.toString());
            f.completeExceptionally(e);
        }
        return f;
    }

    private ExecutorService writer() {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, WRITER_THREAD);
                t.setDaemon(true);
                return t;
            });
        }
        return writer;
    }

    private void onExit() {
        exiting = true;
        if (running()) {
            LOG.info("memdebug: the JVM is exiting while profiling; writing the session report");
            write();
            synchronized (this) {
                idleReason = "the JVM is shutting down; the session report was written on exit";
            }
        }
    }

    /** Adds the exit hook once, when asked for; false when the JVM is already shutting down. */
    private boolean addShutdownHook() {
        if (hookAdded || !writeOnExit) {
            return true;
        }
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(this::onExit, SamplerSettings.MEMDEBUG_THREAD_PREFIX + "exit"));
            hookAdded = true;
        } catch (IllegalStateException e) {
            return false; // shutdown in progress
        } catch (SecurityException e) {
            LOG.info("memdebug cannot add its exit hook ({}); a JVM exiting while profiling writes no report", e.toString());
        }
        return true;
    }
}
