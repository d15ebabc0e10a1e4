package memdebug.asyncprofiler;

import java.util.Locale;

/**
 * The operating system and CPU as async-profiler sees them, and what follows from them: whether
 * the jar bundles a native library for it and which event samples CPU time.
 *
 * @param os   {@code os.name}, lower case
 * @param arch {@code os.arch}, lower case
 */
record Platform(String os, String arch) {

    /** The platform this JVM runs on. */
    static Platform current() {
        return new Platform(System.getProperty("os.name", "?").toLowerCase(Locale.ROOT),
                System.getProperty("os.arch", "?").toLowerCase(Locale.ROOT));
    }

    boolean linux() {
        return os.contains("linux");
    }

    boolean macOs() {
        return os.contains("mac");
    }

    /** True where the async-profiler 4.6 jar carries a native library: linux-x64, linux-arm64, macOS. */
    boolean bundled() {
        if (macOs()) {
            return true;
        }
        if (!linux()) {
            return false;
        }
        return arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64") || arch.equals("arm64");
    }

    /**
     * The async-profiler event that samples CPU time here. On Linux {@code cpu} picks perf_events
     * and falls back to ctimer by itself; macOS has neither, so ask for {@code itimer} there and
     * know which engine runs.
     */
    String cpuEvent() {
        return macOs() ? "itimer" : "cpu";
    }

    @Override
    public String toString() {
        return os + "/" + arch;
    }
}
