package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProviderInfo;
import org.junit.jupiter.api.Test;

/** The module-path registration ({@code provides}) and the class-path one (META-INF/services) agree. */
class ServiceRegistrationTest {

    private static final String SERVICES = "META-INF/services/" + MetricsProvider.class.getName();

    @Test
    void servicesFileEqualsModuleInfoProvides() throws IOException {
        Map<String, List<String>> provides = new TreeMap<>();
        for (ModuleDescriptor.Provides p : descriptor().provides()) {
            provides.put(p.service(), p.providers());
        }
        assertEquals(Map.of(MetricsProvider.class.getName(), servicesFile()), provides);
        assertEquals(List.of(AsyncProfilerProvider.class.getName()), servicesFile());
    }

    @Test
    void implementationPackageIsNotExported() {
        ModuleDescriptor descriptor = descriptor();
        assertEquals("memdebug.asyncprofiler", descriptor.name());
        assertTrue(descriptor.exports().isEmpty(), descriptor.exports().toString());
    }

    @Test
    void providerIsNamedAndRanked() throws Exception {
        ProviderInfo info = AsyncProfilerProvider.class.getAnnotation(ProviderInfo.class);
        assertEquals("async-profiler", info.name());
        assertEquals(200, info.priority());
        assertNotNull(AsyncProfilerProvider.class.getConstructor().newInstance());
    }

    /** The compiled module-info, read from target/classes, whether the tests run on the module path or not. */
    private static ModuleDescriptor descriptor() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return ModuleFinder.of(module.resolve("target/classes")).find("memdebug.asyncprofiler").orElseThrow().descriptor();
    }

    /** The provider class names in the services file, without comments and blanks. */
    private static List<String> servicesFile() throws IOException {
        try (InputStream in = AsyncProfilerProvider.class.getModule().getResourceAsStream(SERVICES)) {
            assertNotNull(in, SERVICES + " is packaged");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.replaceFirst("#.*", "").strip())
                    .filter(l -> !l.isEmpty())
                    .toList();
        }
    }
}
