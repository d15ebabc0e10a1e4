package memdebug.pprof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import memdebug.spi.ProviderInfo;
import memdebug.spi.ReportProvider;

/** The provider as ServiceLoader finds it; memdebug-examples' ServicesAgreeTest checks that provides and META-INF/services agree. */
class ServiceRegistrationTest {

    @Test
    void serviceLoaderFindsTheProvider() {
        // Tests run inside module memdebug.pprof, which declares no `uses` (it only provides).
        getClass().getModule().addUses(ReportProvider.class);
        List<Class<?>> found = ServiceLoader.load(ReportProvider.class).stream()
                .<Class<?>>map(ServiceLoader.Provider::type).toList();

        assertTrue(found.contains(PprofReportProvider.class), found.toString());
    }

    @Test
    void providerIsNamedPprofAndCheap() throws Exception {
        ProviderInfo info = PprofReportProvider.class.getAnnotation(ProviderInfo.class);
        assertNotNull(info);
        assertEquals("pprof", info.name());
        assertEquals(80, info.priority());
        assertEquals(ProviderInfo.SPI_VERSION, info.spi());
        PprofReportProvider provider = new PprofReportProvider();
        assertEquals("pb.gz", provider.fileExtension());
        assertTrue(provider.availability().available());
        provider.prepare();
    }

    @Test
    void onTheModulePathNothingIsExported() {
        Module module = PprofReportProvider.class.getModule();
        assumeTrue(module.isNamed(), "running on the class path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals("memdebug.pprof", descriptor.name());
        assertTrue(descriptor.exports().isEmpty(), descriptor.exports().toString());
        assertFalse(module.isExported("memdebug.pprof"));
        assertFalse(module.isExported("memdebug.pprof.proto"));
        assertTrue(descriptor.provides().stream().anyMatch(p -> p.service().equals(ReportProvider.class.getName())
                && p.providers().equals(List.of(PprofReportProvider.class.getName()))));
    }
}
