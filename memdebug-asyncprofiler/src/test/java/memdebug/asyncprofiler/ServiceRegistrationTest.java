package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import memdebug.spi.ProviderInfo;
import org.junit.jupiter.api.Test;

/** The provider's module and annotation; memdebug-examples' ServicesAgreeTest checks that provides and META-INF/services agree. */
class ServiceRegistrationTest {

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
}
