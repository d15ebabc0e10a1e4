package memdebug.asyncprofiler;

import java.lang.reflect.Constructor;
import java.util.List;
import one.profiler.AsyncProfiler;

/**
 * Gets async-profiler's native library ready without harming the host process: it refuses to
 * load a second copy beside one that is already mapped, refuses to take over a profiler that is
 * already running, and turns every failure into a reason with what to do.
 *
 * <p>async-profiler keeps one profiler per process in native code. Its {@code getInstance()}
 * uses the library already bound to its class (for example one loaded with {@code -agentpath}),
 * and otherwise extracts the bundled library to {@code one.profiler.extractPath} (default
 * {@code java.io.tmpdir}) and loads it; from another class loader that would be a second copy
 * fighting the first over signals and perf events.
 */
final class NativeLibrary {

    private static final String USE_JMX = "or use -Dmemdebug.metrics=jmx";

    /** Set once this class loader's copy of async-profiler has been loaded through here. */
    private static volatile boolean loadedHere;

    private NativeLibrary() {
    }

    /** Loads (or finds) the profiler; never throws. */
    static LoadOutcome load() {
        try {
            return tryLoad(Platform.current());
        } catch (NoClassDefFoundError e) {
            return LoadOutcome.unusable("the async-profiler jar (tools.profiler:async-profiler) is missing from the"
                    + " class path or module path (" + rootCause(e) + "): add it beside memdebug-asyncprofiler, "
                    + USE_JMX + ".");
        } catch (RuntimeException | LinkageError e) {
            return LoadOutcome.unusable("async-profiler failed its checks: " + rootCause(e) + "; " + USE_JMX + ".");
        }
    }

    private static LoadOutcome tryLoad(Platform platform) {
        String libraryPath = property("one.profiler.libraryPath");
        if (!platform.bundled() && libraryPath == null) {
            return LoadOutcome.unusable("async-profiler 4.6 bundles its native library for linux-x64, linux-arm64"
                    + " and macOS only, not for " + platform + ". Build libasyncProfiler.so for this platform and set"
                    + " -Done.profiler.libraryPath=<file>, " + USE_JMX + ".");
        }
        Boolean bound = nativesBound();
        List<String> mapped = ProcSelf.mappedProfilerLibraries();
        boolean foreignCopy = !mapped.isEmpty()
                && (Boolean.FALSE.equals(bound) || (bound == null && !loadedHere));
        if (foreignCopy) {
            return LoadOutcome.unusable("another copy of async-profiler's native library is already loaded in this"
                    + " process (" + mapped.get(0) + "), by another class loader or a library memdebug cannot reach;"
                    + " memdebug does not load a second copy. Load async-profiler from one class loader only"
                    + " (once, on the application class path), " + USE_JMX + ".");
        }
        AsyncProfiler profiler;
        try {
            profiler = AsyncProfiler.getInstance();
        } catch (RuntimeException | LinkageError e) {
            return LoadOutcome.unusable(loadFailure(e, libraryPath));
        }
        loadedHere = true;
        String status = execute(profiler, "status");
        if (status.contains("running")) {
            return LoadOutcome.unusable("async-profiler is already profiling in this process (it says \""
                    + status.strip() + "\"), started by -agentpath, asprof or other code; memdebug does not take"
                    + " over a running profiler. Stop that session first, " + USE_JMX + ".");
        }
        return LoadOutcome.usable(profiler);
    }

    /**
     * Whether this class loader's {@code AsyncProfiler} class already has its native methods bound
     * (by an agent, by other code, or by us), found by calling one on a throwaway instance: TRUE,
     * FALSE, or null when async-profiler's class cannot be opened to ask. async-profiler has no
     * public way to ask; its {@code getInstance()} would load a copy to find out.
     */
    private static Boolean nativesBound() {
        try {
            Constructor<AsyncProfiler> constructor = AsyncProfiler.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            constructor.newInstance().getVersion();
            return Boolean.TRUE;
        } catch (UnsatisfiedLinkError e) {
            return Boolean.FALSE;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String execute(AsyncProfiler profiler, String command) {
        try {
            return profiler.execute(command);
        } catch (Exception e) {
            throw new IllegalStateException("async-profiler command '" + command + "' failed: " + rootCause(e), e);
        }
    }

    private static String loadFailure(Throwable e, String libraryPath) {
        if (e instanceof IllegalCallerException) {
            return "the JVM refused native access to async-profiler (" + rootCause(e) + "). Run java with"
                    + " --enable-native-access=async.profiler (module path) or --enable-native-access=ALL-UNNAMED"
                    + " (class path), " + USE_JMX + ".";
        }
        if (libraryPath != null) {
            return "async-profiler's native library could not be loaded from one.profiler.libraryPath="
                    + libraryPath + ": " + rootCause(e) + ". Point it at a libasyncProfiler.so built for this"
                    + " platform, " + USE_JMX + ".";
        }
        String extractPath = property("one.profiler.extractPath");
        String folder = extractPath != null
                ? "one.profiler.extractPath=" + extractPath
                : "java.io.tmpdir=" + System.getProperty("java.io.tmpdir") + " (one.profiler.extractPath is not set)";
        return "async-profiler's native library could not be extracted and loaded into " + folder + ": "
                + rootCause(e) + ". The folder must exist, be writable and allow running code (not mounted"
                + " noexec): set -Done.profiler.extractPath=<such a folder>, " + USE_JMX + ".";
    }

    /** The innermost cause as "Type: message", which names the real problem. */
    static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }
}
