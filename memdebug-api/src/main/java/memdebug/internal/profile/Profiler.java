package memdebug.internal.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import memdebug.api.ProfileSession;
import memdebug.api.Reports;
import memdebug.internal.discovery.Chosen;
import memdebug.internal.line.GoDuration;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.ReportProvider;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.StackProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profiling lifecycle: start a session, cut it into numbered dumps, write the whole session at
 * the end (or when the JVM exits). Provider choice, the profiler thread, the session's state, the
 * report files, the exit hook and the idle log each live in their own class; this one holds the
 * running session and the order of events. Calls in the wrong order are logged and harmless.
 */
public final class Profiler {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.profile");
    /** writeProfile() waits this long for the reports, so a hung report never holds the host (or its exit). */
    static final long WRITE_TIMEOUT_SECONDS = 120;
    /** profile() waits this long for the sampler to start. */
    private static final long START_TIMEOUT_SECONDS = 60;
    /** Dumps waiting to be written at most; more are refused (their samples go to the next dump). */
    static final int MAX_PENDING_DUMPS = 256;

    private final Backends backends;
    private final ProfilerSettings settings;
    private ProgramInfo program;
    private boolean prepared;
    private final ProfileWorker worker = new ProfileWorker();
    private final IdleLog idle = new IdleLog();
    private final ExitHook exitHook = new ExitHook(this::onExit);
    private final AtomicInteger pendingDumps = new AtomicInteger();
    private final Set<String> toldOnce = new LinkedHashSet<>();
    /** Host futures of dumps not completed yet. */
    private final Set<CompletableFuture<?>> hostDumps = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ActiveSession current;
    private ReportFiles files;
    /** The last session write queued, for the exit hook to wait for. */
    private CompletableFuture<Reports> lastWrite = CompletableFuture.completedFuture(null);
    private volatile boolean exiting;

    /**
     * @param backends the providers, chosen when first needed
     * @param settings folder, intervals, kinds, exit behaviour and clock
     */
    public Profiler(Backends backends, ProfilerSettings settings) {
        this.backends = backends;
        this.settings = settings;
    }

    /**
     * Starts a session, or joins the running one.
     *
     * @return a handle that ends the session on close if it started it; never null
     */
    public synchronized ProfileSession start() {
        if (current != null) {
            LOG.warn("memdebug is already profiling; profile() again changes nothing (its handle does not end the session)");
            return new SessionHandle(this, current, false);
        }
        ActiveSession s = startSession();
        return new SessionHandle(this, s, s != null);
    }

    private ActiveSession startSession() {
        if (exiting) {
            return refuse("the JVM is shutting down");
        }
        if (worker.isCurrentThread()) {
            return refuse("profile() was called from inside a report being written");
        }
        Optional<Chosen<MetricsProvider>> m = backends.metrics();
        if (m.isEmpty()) {
            return refuse("no metrics provider on the path. Add io.github.memdebug:memdebug-jmx (pure JDK), "
                    + "memdebug-jfr or memdebug-asyncprofiler next to memdebug-api");
        }
        if (files == null) {
            List<Chosen<ReportProvider>> reports = backends.reports();
            if (reports.isEmpty()) {
                return refuse("no report provider on the path. Add io.github.memdebug:memdebug-pdf next to memdebug-api");
            }
            files = new ReportFiles(settings.dir(), reports);
        }
        MetricsProvider provider = m.get().instance();
        List<ProfileKind> kinds = kindsFor(m.get());
        if (kinds.isEmpty()) {
            return refuse("memdebug.profiles=" + String.join(",", settings.profiles()) + " names no kind the "
                    + m.get().name() + " backend samples (it samples: " + offered(m.get()) + ")");
        }
        if (!exitHook.add()) {
            return refuse("the JVM is shutting down");
        }
        Duration interval = intervalFor(m.get());
        SamplerSettings samplerSettings = new SamplerSettings(interval, settings.allocationInterval(), Set.copyOf(kinds),
                SamplerSettings.MEMDEBUG_THREAD_PREFIX);
        CompletableFuture<Sampler> started = worker.submit(() -> {
            Sampler sampler = provider.sampler(samplerSettings);
            try {
                sampler.start();
                return sampler;
            } catch (Throwable e) {
                sampler.close();
                throw e;
            }
        });
        Sampler sampler;
        try {
            sampler = ProfileWorker.await(started, START_TIMEOUT_SECONDS);
        } catch (ExecutionException e) {
            return refuse("the " + m.get().name() + " sampler did not start: " + e.getCause());
        } catch (TimeoutException e) {
            started.thenAccept(late -> worker.submit(() -> {
                late.close();
                return null;
            }));
            return refuse("the " + m.get().name() + " sampler did not start within " + START_TIMEOUT_SECONDS + " s");
        }
        List<ProfileKind> sampled = new ArrayList<>(kinds);
        sampled.retainAll(safeKinds(sampler));
        if (sampled.isEmpty()) {
            worker.submit(() -> {
                sampler.close();
                return null;
            });
            return refuse("the " + m.get().name() + " sampler started but samples none of " + kinds);
        }
        // After the sampler started, in jobs of their own: profile() does not wait for these.
        worker.submit(() -> prepare(m.get().name(), sampler));
        if (!prepared) {
            prepared = true;
            backends.reports().forEach(r -> worker.submit(() -> prepare(r)));
        }
        current = new ActiveSession(m.get().name(), sampler, sampled, settings.clock().instant(), program());
        idle.reason("a session is running");
        LOG.info("memdebug profiling started: {} ({}), CPU every {}", m.get().name(),
                String.join(", ", sampled.stream().map(ProfileKind::id).toList()), GoDuration.format(interval.toNanos()));
        return current;
    }

    private ProgramInfo program() {
        if (program == null) {
            program = ProgramInfo.current();
        }
        return program;
    }

    private static Void prepare(String backend, Sampler sampler) {
        long t0 = System.nanoTime();
        try {
            sampler.prepare();
            LOG.debug("memdebug: the {} sampler prepared in {} ms", backend, (System.nanoTime() - t0) / 1_000_000);
        } catch (Throwable e) { // preparing is only for speed
            LOG.debug("memdebug: the {} sampler could not prepare: {}", backend, e.toString());
        }
        return null;
    }

    private static Void prepare(Chosen<ReportProvider> r) {
        long t0 = System.nanoTime();
        try {
            r.instance().prepare();
            LOG.debug("memdebug report provider {} prepared in {} ms", r.name(), (System.nanoTime() - t0) / 1_000_000);
        } catch (Throwable e) { // preparing is only for speed
            LOG.debug("memdebug report provider {} could not prepare: {}", r.name(), e.toString());
        }
        return null;
    }

    private static Set<ProfileKind> safeKinds(Sampler sampler) {
        try {
            return sampler.kinds();
        } catch (RuntimeException | LinkageError e) {
            return Set.of();
        }
    }

    private static Set<ProfileKind> offered(Chosen<MetricsProvider> m) {
        try {
            Set<ProfileKind> k = m.instance().kinds();
            return k == null ? Set.of() : k;
        } catch (RuntimeException | LinkageError e) {
            return Set.of(ProfileKind.CPU);
        }
    }

    /** The kinds asked for (all known ones by default) that the backend offers, in report order. */
    private List<ProfileKind> kindsFor(Chosen<MetricsProvider> m) {
        Set<ProfileKind> offered = offered(m);
        List<ProfileKind> wanted = new ArrayList<>();
        if (settings.profiles().isEmpty()) {
            wanted.addAll(ProfileKind.known());
        } else {
            for (String id : settings.profiles()) {
                Optional<ProfileKind> k = ProfileKind.known().stream()
                        .filter(x -> x.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
                if (k.isPresent()) {
                    wanted.add(k.get());
                } else {
                    once("kind " + id, () -> LOG.warn("memdebug.profiles names {}, which memdebug does not know (it knows: {})",
                            id, ProfileKind.known()));
                }
            }
        }
        List<ProfileKind> kinds = new ArrayList<>();
        for (ProfileKind k : ProfileKind.known()) {
            if (wanted.contains(k) && offered.contains(k)) {
                kinds.add(k);
            } else if (wanted.contains(k)) {
                once("missing " + k, () -> LOG.info("memdebug: the {} backend does not sample {}; writing {} reports only. "
                        + "memdebug-asyncprofiler and memdebug-jfr sample allocations too", m.name(), k.measure(),
                        offered));
            }
        }
        return kinds;
    }

    /** The interval asked for, raised to the backend's floor (said once). */
    private Duration intervalFor(Chosen<MetricsProvider> m) {
        Duration floor;
        try {
            floor = m.instance().minimumInterval();
        } catch (RuntimeException | LinkageError e) {
            floor = Duration.ofMillis(1);
        }
        if (floor != null && settings.interval().compareTo(floor) < 0) {
            Duration f = floor;
            once("floor", () -> LOG.warn("memdebug.interval={} is shorter than the {} backend samples without starving the "
                    + "host; sampling every {} instead", GoDuration.format(settings.interval().toNanos()), m.name(),
                    GoDuration.format(f.toNanos())));
            return floor;
        }
        return settings.interval();
    }

    private void once(String key, Runnable log) {
        if (toldOnce.add(key)) {
            log.run();
        }
    }

    private ActiveSession refuse(String why) {
        idle.refused(why);
        return null;
    }

    /** True while a session runs. */
    public synchronized boolean running() {
        return current != null;
    }

    synchronized boolean isRunning(ActiveSession s) {
        return s != null && current == s;
    }

    /** Dumps the running session; see {@link #dump(ActiveSession)}. */
    public CompletableFuture<Reports> dump() {
        ActiveSession s;
        synchronized (this) {
            s = current;
        }
        return dump(s);
    }

    /** Dumps the running session and gives its primary file, as {@code MemDebug.dumpProfile()} promises. */
    public CompletableFuture<Path> dumpPrimary() {
        ActiveSession s;
        synchronized (this) {
            s = current;
        }
        return tracked(ProfileWorker.forHost(queueDump(s, true).thenApply(d -> d.primary().orElseThrow())));
    }

    /** Remembers a dump's host future until it completes, so that a session write returns after it. */
    private <T> CompletableFuture<T> tracked(CompletableFuture<T> hostFuture) {
        if (!hostFuture.isDone()) {
            hostDumps.add(hostFuture);
            hostFuture.whenComplete((v, e) -> hostDumps.remove(hostFuture));
        }
        return hostFuture;
    }

    /**
     * Queues the reports of the samples since the previous dump (or the start) as the next
     * numbered files. Sampling goes on.
     *
     * @return every file written; completed exceptionally when {@code s} is not running, when too
     *         many dumps are waiting, or when no report was written
     */
    CompletableFuture<Reports> dump(ActiveSession s) {
        return tracked(ProfileWorker.forHost(queueDump(s, false).thenApply(Dumped::reports)));
    }

    /** What one dump gave: all files, and the primary one (empty when it failed). */
    private record Dumped(Reports reports, Optional<Path> primary) {
    }

    private synchronized CompletableFuture<Dumped> queueDump(ActiveSession s, boolean primaryNeeded) {
        if (s == null || current != s) {
            String why = s == null ? idle.ignored("dumpProfile()") : "this ProfileSession has ended";
            return CompletableFuture.failedFuture(new IllegalStateException("not profiling: " + why));
        }
        if (pendingDumps.get() >= MAX_PENDING_DUMPS) {
            once("queue", () -> LOG.warn("memdebug: {} dumps are waiting to be written; further dumpProfile() calls are "
                    + "skipped until they are (their samples go to the next dump). This is said once", MAX_PENDING_DUMPS));
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "skipped: " + MAX_PENDING_DUMPS + " dumps are already waiting to be written"));
        }
        int number = s.nextNumber++;
        Instant until = settings.clock().instant();
        ReportFiles f = files;
        pendingDumps.incrementAndGet();
        return worker.submit(() -> {
            try {
                if (exiting) { // no cut: the samples stay in the sampler for the session's reports
                    throw new IllegalStateException("skipped: the JVM is exiting; its samples are in the session's reports");
                }
                List<StackProfile> profiles = s.cut(until);
                ReportFiles.Written w = f.writeAll(number, profiles);
                return dumped(number, w, primaryNeeded, f.primaryName(s.kinds, number));
            } finally {
                pendingDumps.decrementAndGet();
            }
        });
    }

    private static Dumped dumped(int number, ReportFiles.Written w, boolean primaryNeeded, String primaryName)
            throws Exception {
        if (w.files().isEmpty() || (primaryNeeded && w.primaryFailure() != null)) {
            Throwable cause = w.primaryFailure() != null ? w.primaryFailure()
                    : w.failures().values().stream().findFirst().orElse(null);
            if (cause instanceof Exception e) {
                throw e;
            }
            throw new IllegalStateException("no report was written for " + primaryName, cause);
        }
        return new Dumped(new Reports(number, w.files()),
                w.primaryFailure() == null ? Optional.of(w.files().get(0)) : Optional.empty());
    }

    /** Writes the running session; see {@link #write(ActiveSession)}. */
    public Optional<Reports> write() {
        ActiveSession s;
        synchronized (this) {
            s = current;
        }
        return write(s);
    }

    /**
     * Stops sampling, waits for the pending dumps and writes the whole session's reports.
     *
     * @return every file written, or empty when {@code s} is not running or nothing was written (logged)
     */
    Optional<Reports> write(ActiveSession s) {
        CompletableFuture<Reports> done;
        synchronized (this) {
            if (s == null || current != s) {
                if (s == null) {
                    idle.ignored("writeProfile()");
                } else {
                    LOG.debug("memdebug: this ProfileSession was already written");
                }
                return Optional.empty();
            }
            current = null;
            s.ended = true;
            idle.reason("the session was already written by writeProfile(); call MemDebug.profile() to start another");
            ReportFiles f = files;
            done = worker.submit(() -> {
                try {
                    List<StackProfile> profiles = s.finish(settings.clock().instant());
                    ReportFiles.Written w = f.writeAll(0, profiles);
                    return dumped(0, w, false, f.primaryName(s.kinds, 0)).reports();
                } finally {
                    s.sampler.close();
                }
            });
            lastWrite = done;
        }
        if (worker.isCurrentThread()) {
            LOG.warn("memdebug writeProfile() called from a report being written; the session's reports are written after it");
            return Optional.empty(); // waiting here would wait for ourselves
        }
        return awaitWrite(done);
    }

    private Optional<Reports> awaitWrite(CompletableFuture<Reports> done) {
        try {
            Optional<Reports> written = Optional.ofNullable(ProfileWorker.await(done, WRITE_TIMEOUT_SECONDS));
            for (CompletableFuture<?> dump : List.copyOf(hostDumps)) {
                try {
                    ProfileWorker.await(dump, 5); // completed by now or within moments, on another thread
                } catch (ExecutionException | TimeoutException e) {
                    // logged where it failed
                }
            }
            return written;
        } catch (ExecutionException e) {
            return Optional.empty(); // each failed file was logged
        } catch (TimeoutException e) {
            LOG.warn("memdebug: the session's reports are still being written after {} s; not waiting longer "
                    + "(they appear in {} when done)", WRITE_TIMEOUT_SECONDS, files.folder());
            return Optional.empty();
        }
    }

    /** The exit hook: writes a running session, or waits for the session write already under way. */
    private void onExit() {
        exiting = true;
        if (running()) {
            LOG.info("memdebug: the JVM is exiting while profiling; writing the session's reports");
            write();
            idle.reason("the JVM is shutting down; the session's reports were written on exit");
            return;
        }
        CompletableFuture<Reports> pending;
        synchronized (this) {
            pending = lastWrite;
        }
        if (!pending.isDone()) {
            LOG.info("memdebug: the JVM is exiting while the session's reports are written; waiting for them");
            awaitWrite(pending);
        }
    }
}
