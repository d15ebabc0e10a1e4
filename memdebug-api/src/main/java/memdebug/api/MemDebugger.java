package memdebug.api;

import java.io.OutputStream;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import memdebug.internal.config.Settings;
import memdebug.internal.discovery.Chosen;
import memdebug.internal.discovery.ProviderSelection;
import memdebug.internal.line.DatumRenderer;
import memdebug.internal.line.Line;
import memdebug.internal.line.LineBuffer;
import memdebug.internal.line.LineFormat;
import memdebug.internal.line.LinePrimer;
import memdebug.internal.line.Palette;
import memdebug.internal.memory.ClassChange;
import memdebug.internal.memory.ClassTable;
import memdebug.internal.memory.MemoryProbe;
import memdebug.internal.memory.MemorySnapshot;
import memdebug.internal.output.LineSink;
import memdebug.internal.output.StreamSink;
import memdebug.internal.output.Terminal;
import memdebug.internal.profile.Backends;
import memdebug.internal.profile.Profiler;
import memdebug.internal.profile.ProfilerSettings;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ReportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One memdebug instance with its own output, clocks, providers and settings. {@link MemDebug}
 * delegates to a default instance configured from {@code memdebug.*} properties; tests and
 * programs that want several outputs build their own with {@link #builder()}.
 *
 * <p>No method throws into the caller: failures are logged through SLF4J (loggers named
 * {@code memdebug.*}) and the call returns.
 */
public final class MemDebugger {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug");
    /** Prints inside a datum's {@code toString()} inside a print …: at most this many run at once on a thread. */
    private static final int MAX_NESTING = 8;

    private final LineSink sink;
    private final int maxData;
    /** The line's parts, made at the first print or mark: a program that only profiles never pays for them. */
    private volatile Lines lines;
    private final LongSupplier nanoClock;
    private final Clock wallClock;
    private final Profiler profiler;
    private final ThreadLocal<PerThread> perThread = ThreadLocal.withInitial(PerThread::new);
    private volatile boolean gcMode;
    private volatile boolean nestingSaid;

    /** Guards the previous print's values and the sink, so lines never mix. */
    private final Object lock = new Object();
    private long previousHeap;
    private long highestOs;
    private final int classLimit;

    /**
     * What a line is made with: its format, the data renderer, the memory probe, and the previous
     * GC-mode print's classes for the class line (null with {@code memdebug.classes=0}).
     */
    private record Lines(LineFormat format, DatumRenderer renderer, MemoryProbe probe, ClassTable classTable) {
    }

    /**
     * What each thread keeps between its prints: its buffers, its allocation counter, and how
     * many of its prints are running (a print inside a datum's {@code toString()} runs inside
     * another; it gets buffers of its own).
     */
    private static final class PerThread {
        final LineBuffer line = new LineBuffer();
        final StringBuilder what = new StringBuilder(128);
        long allocatedAtLastPrint = Long.MIN_VALUE;
        int depth;
    }

    private MemDebugger(Builder b) {
        this.sink = b.sink;
        this.maxData = b.settings.maxData();
        this.nanoClock = b.nanoClock;
        this.wallClock = b.wallClock;
        this.gcMode = b.settings.gc();
        this.classLimit = b.settings.classes();
        Settings s = b.settings;
        Supplier<Optional<Chosen<MetricsProvider>>> metrics = b.metrics != null
                ? () -> Optional.of(Chosen.given(b.metrics))
                : () -> ProviderSelection.chooseOne(MetricsProvider.class, "metrics", s.metrics(), MetricsProvider::availability);
        List<ReportProvider> givenReports = List.copyOf(b.reports);
        Supplier<List<Chosen<ReportProvider>>> reports = !givenReports.isEmpty()
                ? () -> givenReports.stream().map(Chosen::given).toList()
                : () -> ProviderSelection.chooseAll(ReportProvider.class, "report", s.report(), ReportProvider::availability);
        this.profiler = new Profiler(new Backends(metrics, reports), new ProfilerSettings(s.dir(), s.interval(),
                s.allocInterval(), s.profiles(), s.writeOnExit(), wallClock));
    }

    /** The facade's instance; see {@link #orDefaults(Supplier)}. */
    static MemDebugger forFacade() {
        return orDefaults(Settings::fromEnvironment);
    }

    /**
     * An instance from {@code configured}; when that fails, whatever is thrown, an instance with
     * the default settings; when even that fails, null. Each failure is logged. Never throws.
     */
    static MemDebugger orDefaults(Supplier<Settings> configured) {
        try {
            return new Builder(configured.get()).build();
        } catch (Throwable e) {
            logQuietly("memdebug could not set itself up from its settings ({}); using the defaults", e);
        }
        try {
            return new Builder(Settings.defaults()).build();
        } catch (Throwable e) {
            logQuietly("memdebug could not set itself up ({}); its calls do nothing", e);
            return null;
        }
    }

    /** Logs a failure at WARN; a logger that fails in turn is ignored. */
    private static void logQuietly(String message, Throwable e) {
        try {
            LOG.warn(message, e.toString());
        } catch (Throwable ignored) { // e.g. out of memory again: nothing left to tell with
            // the caller goes on
        }
    }

    /** A builder starting from the {@code memdebug.*} system properties and {@code MEMDEBUG_*} variables. */
    public static Builder builder() {
        return new Builder(Settings.fromEnvironment());
    }

    /** See {@link MemDebug#print(Instant, Object...)}. */
    public void print(Instant t1, Object... what) {
        printAt(wallClock.instant(), t1, what);
    }

    /** See {@link MemDebug#print(long, Object...)}. */
    public void print(long t1Nanos, Object... what) {
        printAt(nanoClock.getAsLong(), t1Nanos, what);
    }

    /** See {@link MemDebug#print(Mark, Object...)}. */
    public void print(Mark mark, Object... what) {
        printAt(nanoClock.getAsLong(), mark, what);
    }

    // The printAt methods take "now" from the caller, so that the facade can read the clock
    // before memdebug sets itself up on first use.

    void printAt(Instant now, Instant t1, Object... what) {
        printSafely(t1 == null ? 0 : nanosBetween(t1, now), null, what);
        // Live through the snapshot whether this frame is interpreted or compiled (see printLine).
        Reference.reachabilityFence(now);
        Reference.reachabilityFence(t1);
    }

    void printAt(long nowNanos, long t1Nanos, Object... what) {
        long elapsed;
        try {
            elapsed = Math.subtractExact(nowNanos, t1Nanos);
        } catch (ArithmeticException e) {
            elapsed = t1Nanos < 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        printSafely(elapsed, null, what);
    }

    void printAt(long nowNanos, Mark mark, Object... what) {
        printSafely(mark == null ? 0 : nowNanos - mark.nanoTime(), mark, what);
        Reference.reachabilityFence(mark);
    }

    /** The line's parts, made (and primed, so their first use shows in no delta) on first need. */
    private Lines lines() {
        Lines l = lines;
        if (l == null) {
            synchronized (lock) {
                l = lines;
                if (l == null) {
                    LineFormat format = new LineFormat(sink.colored() ? Palette.COLOR : Palette.PLAIN);
                    DatumRenderer renderer = new DatumRenderer(maxData);
                    try {
                        LinePrimer.prime(format, renderer);
                    } catch (RuntimeException | LinkageError | StackOverflowError e) { // only an optimisation: never fatal
                        LOG.warn("memdebug could not prime its line code: {}", e.toString());
                    }
                    l = new Lines(format, renderer, MemoryProbe.shared(), classLimit > 0 ? new ClassTable() : null);
                    lines = l;
                }
            }
        }
        return l;
    }

    private void printSafely(long elapsed, Mark mark, Object[] what) {
        try {
            Lines l = lines();
            // The allocation counter is read first, so the print's own allocations are not counted.
            long allocatedNow = l.probe().currentThreadAllocated();
            PerThread t = perThread.get();
            if (t.depth >= MAX_NESTING) {
                skipNested();
                return;
            }
            t.depth++;
            try {
                printLine(l, t, allocatedNow, elapsed, mark, what);
            } finally {
                t.depth--;
            }
        } catch (Throwable e) { // errors too: a print never throws into its caller
            logQuietly("memdebug print failed: {}", e);
        }
    }

    private void skipNested() {
        if (!nestingSaid) {
            nestingSaid = true;
            LOG.warn("memdebug skipped a print nested {} deep (a print inside a datum's toString() inside a print …); "
                    + "at most {} run inside one another on a thread, deeper ones are skipped without a word",
                    MAX_NESTING + 1, MAX_NESTING);
        }
    }

    /** See {@link MemDebug#mark()}. */
    public Mark mark() {
        long now = nanoClock.getAsLong();
        try {
            return new Mark(now, Thread.currentThread().getId(), lines().probe().currentThreadAllocated());
        } catch (Throwable e) { // a mark never throws into its caller
            logQuietly("memdebug mark failed: {}", e);
            return new Mark(now, Thread.currentThread().getId(), -1);
        }
    }

    /** See {@link MemDebug#gcMode(boolean)}. */
    public void gcMode(boolean on) {
        gcMode = on;
    }

    /** See {@link MemDebug#gcMode()}. */
    public boolean gcMode() {
        return gcMode;
    }

    /** See {@link MemDebug#profile()}. */
    public ProfileSession profile() {
        ProfileSession session;
        try {
            session = profiler.start();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("memdebug could not start profiling: {}", e.toString());
            return INERT;
        }
        if (session.isActive()) {
            gcMode = false;
        }
        return session;
    }

    /** See {@link MemDebug#dumpProfile()}. */
    public CompletableFuture<Path> dumpProfile() {
        try {
            return profiler.dumpPrimary();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("memdebug could not dump the profile: {}", e.toString());
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Like {@link #dumpProfile()}, giving every file the dump wrote: each profile kind through each
     * report provider.
     *
     * @return the files; completed exceptionally when not profiling or when no report was written
     */
    public CompletableFuture<Reports> dumpReports() {
        try {
            return profiler.dump();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("memdebug could not dump the profile: {}", e.toString());
            return CompletableFuture.failedFuture(e);
        }
    }

    /** See {@link MemDebug#writeProfile()}. */
    public Optional<Path> writeProfile() {
        return writeReports().flatMap(Reports::primary);
    }

    /**
     * Like {@link #writeProfile()}, giving every file written for the session.
     *
     * @return the files; empty when not profiling or when nothing was written (logged)
     */
    public Optional<Reports> writeReports() {
        try {
            return profiler.write();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("memdebug could not write the profile: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The handle given when profiling could not even be asked to start. */
    static final ProfileSession INERT = new ProfileSession() {
        @Override
        public boolean isActive() {
            return false;
        }

        @Override
        public CompletableFuture<Reports> dump() {
            return CompletableFuture.failedFuture(new IllegalStateException("not profiling: profiling did not start"));
        }

        @Override
        public Optional<Reports> write() {
            return Optional.empty();
        }

        @Override
        public void close() {
        }
    };

    private static long nanosBetween(Instant t1, Instant now) {
        try {
            return Duration.between(t1, now).toNanos();
        } catch (ArithmeticException e) {
            return t1.isBefore(now) ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    private void printLine(Lines l, PerThread t, long allocatedNow, long elapsed, Mark mark, Object[] what) {
        long since = mark != null && mark.threadId() == Thread.currentThread().getId() && mark.allocatedBytes() >= 0
                ? mark.allocatedBytes() : (t.allocatedAtLastPrint == Long.MIN_VALUE ? 0 : t.allocatedAtLastPrint);
        long allocated = allocatedNow >= 0 ? allocatedNow - since
                : l.probe().currentThreadIsVirtual() ? Line.VIRTUAL_THREAD : Line.NOT_COUNTED;

        // A print inside a datum's toString() runs while the outer one renders: its own buffers.
        boolean nested = t.depth > 1;
        StringBuilder rendered = nested ? new StringBuilder(128) : t.what;
        LineBuffer line = nested ? new LineBuffer() : t.line;
        rendered.setLength(0);
        l.renderer().appendAll(rendered, what);
        synchronized (lock) {
            MemorySnapshot m = gcMode ? l.probe().afterCollection() : l.probe().now();
            // The caller's arguments stay live through the snapshot: an interpreted frame keeps
            // them, a compiled one would not, and the switch would show in one print's delta.
            Reference.reachabilityFence(what);
            List<ClassChange> classes = l.classTable() == null || m.classes() == null
                    ? List.of() : l.classTable().update(m.classes(), classLimit);
            long delta = m.heapUsed() - previousHeap;
            previousHeap = m.heapUsed();
            boolean peak = m.osBytes() >= highestOs + 256 * 1024;
            highestOs = Math.max(highestOs, m.osBytes());
            line.clear();
            l.format().append(line, new Line(elapsed, m.threads(), delta, m.heapUsed(), m.osBytes(), peak, m.stackBytes(),
                    allocated, rendered, classes));
            sink.write(line);
        }
        if (!nested && t.what.capacity() > DatumRenderer.WHAT_LIMIT) {
            t.what.setLength(0);
            t.what.trimToSize();
        }
        t.allocatedAtLastPrint = l.probe().currentThreadAllocated();
    }

    /** Builds a {@link MemDebugger}; every setter refuses nothing: a null keeps the current value. */
    public static final class Builder {
        private Settings settings;
        private LineSink sink;
        private LongSupplier nanoClock = System::nanoTime;
        private Clock wallClock = Clock.systemUTC();
        private MetricsProvider metrics;
        private final List<ReportProvider> reports = new ArrayList<>();

        private Builder(Settings settings) {
            this.settings = settings;
        }

        /** Lines go to this stream, colored or not; by default to {@code memdebug.output} with {@code memdebug.color}. */
        public Builder output(OutputStream out, boolean color) {
            if (out != null) {
                this.sink = new StreamSink(() -> out, color, "the stream given to MemDebugger.Builder.output");
            }
            return this;
        }

        /** Whether each print runs a full collection first (GC mode); default {@code memdebug.gc}, true. */
        public Builder gcMode(boolean on) {
            settings = settings.withGc(on);
            return this;
        }

        /**
         * How many classes the class line under a GC-mode line names; default {@code memdebug.classes},
         * 3; 0 prints no class line. Negative: ignored.
         */
        public Builder classes(int n) {
            settings = settings.withClasses(n);
            return this;
        }

        /** The folder reports are written to; default {@code memdebug.dir}, the working directory. */
        public Builder directory(Path dir) {
            if (dir != null) {
                settings = settings.withDir(dir);
            }
            return this;
        }

        /** The CPU sampling interval; default {@code memdebug.interval}, 10 ms. Not positive: ignored; above 1 minute: 1 minute (logged). */
        public Builder interval(Duration interval) {
            if (interval != null && !interval.isNegative() && !interval.isZero()) {
                settings = settings.withInterval(interval);
            }
            return this;
        }

        /** Whether a JVM exiting while profiling writes the session report; default true. */
        public Builder writeOnExit(boolean on) {
            settings = settings.withWriteOnExit(on);
            return this;
        }

        /** Use this metrics provider instead of discovering one. */
        public Builder metrics(MetricsProvider provider) {
            this.metrics = provider;
            return this;
        }

        /** Use these report providers, in this order, instead of discovering them; nulls are ignored. */
        public Builder report(ReportProvider... providers) {
            if (providers != null) {
                for (ReportProvider p : providers) {
                    if (p != null) {
                        reports.add(p);
                    }
                }
            }
            return this;
        }

        /**
         * The profile kinds to sample, by id ({@code "cpu"}, {@code "alloc"}); default
         * {@code memdebug.profiles}, every kind the backend offers. Null or empty: the default.
         */
        public Builder profiles(String... kinds) {
            if (kinds != null && kinds.length > 0) {
                settings = settings.withProfiles(java.util.Arrays.stream(kinds).filter(Objects::nonNull).toList());
            }
            return this;
        }

        /** Bytes between allocation samples; default {@code memdebug.allocInterval}, 512 KiB. Not positive: ignored. */
        public Builder allocationInterval(long bytes) {
            if (bytes > 0) {
                settings = settings.withAllocInterval(bytes);
            }
            return this;
        }

        /** The clock for elapsed times of {@code print(long, …)} and marks; default {@link System#nanoTime()}. */
        public Builder nanoClock(LongSupplier clock) {
            this.nanoClock = Objects.requireNonNullElse(clock, nanoClock);
            return this;
        }

        /** The clock for {@code print(Instant, …)} and report times; default UTC system clock. */
        public Builder wallClock(Clock clock) {
            this.wallClock = Objects.requireNonNullElse(clock, wallClock);
            return this;
        }

        /** The instance; never throws. */
        public MemDebugger build() {
            if (sink == null) {
                sink = Terminal.sink(settings.output(), settings.color());
            }
            return new MemDebugger(this);
        }
    }

}
