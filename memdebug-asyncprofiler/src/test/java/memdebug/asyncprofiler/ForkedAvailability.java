package memdebug.asyncprofiler;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ServiceLoader;
import memdebug.spi.Availability;
import memdebug.spi.MetricsProvider;

/**
 * Runs in a fresh JVM (class path) started by {@link ForkedAvailabilityTest}, so that async-profiler's
 * native library is not loaded yet: prints {@code available=…} and {@code reason=…} lines.
 */
public final class ForkedAvailability {

    private ForkedAvailability() {
    }

    /**
     * @param args {@code plain}; {@code other-loader <async-profiler jar>} to load async-profiler
     *             first from a class loader memdebug cannot see; {@code services} to list the
     *             metrics providers {@link ServiceLoader} finds
     */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "plain":
                break;
            case "other-loader":
                URL jar = Path.of(args[1]).toUri().toURL();
                try (URLClassLoader other = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
                    Object foreign = other.loadClass("one.profiler.AsyncProfiler").getMethod("getInstance").invoke(null);
                    System.out.println("foreign=" + foreign.getClass().getClassLoader().getName() + " " + (foreign.getClass() != one.profiler.AsyncProfiler.class));
                }
                break;
            case "services":
                ServiceLoader.load(MetricsProvider.class).stream()
                        .forEach(p -> System.out.println("provider=" + p.type().getName()));
                return;
            default:
                throw new IllegalArgumentException(args[0]);
        }
        Availability availability = new AsyncProfilerProvider().availability();
        System.out.println("available=" + availability.available());
        System.out.println("reason=" + availability.reason());
    }
}
