package memdebug.html;

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
        // Tests run inside module memdebug.html, which declares no `uses` (it only provides).
        getClass().getModule().addUses(ReportProvider.class);
        List<Class<?>> found = ServiceLoader.load(ReportProvider.class).stream()
                .<Class<?>>map(ServiceLoader.Provider::type).toList();

        assertTrue(found.contains(HtmlReportProvider.class), found.toString());
    }

    @Test
    void providerIsNamedHtmlRanksBelowPdfAndIsAvailable() {
        ProviderInfo info = HtmlReportProvider.class.getAnnotation(ProviderInfo.class);
        assertNotNull(info);
        assertEquals("html", info.name());
        assertEquals(90, info.priority());
        assertEquals(ProviderInfo.SPI_VERSION, info.spi());
        HtmlReportProvider provider = new HtmlReportProvider();
        assertEquals("html", provider.fileExtension());
        assertTrue(provider.availability().available(), provider.availability().reason());
    }

    @Test
    void onTheModulePathNothingIsExportedAndTheConverterIsAModuleOfItsOwn() {
        Module module = HtmlReportProvider.class.getModule();
        assumeTrue(module.isNamed(), "running on the class path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals("memdebug.html", descriptor.name());
        assertTrue(descriptor.exports().isEmpty(), descriptor.exports().toString());
        assertFalse(module.isExported("memdebug.html"));
        assertTrue(descriptor.provides().stream().anyMatch(p -> p.service().equals(ReportProvider.class.getName())
                && p.providers().equals(List.of(HtmlReportProvider.class.getName()))));
        Module converter = one.convert.FlameGraph.class.getModule();
        assertEquals("jfr.converter", converter.getName(), "automatic module named after jfr-converter-4.5.jar");
        assertEquals(java.util.Set.of("one.convert", "one.heatmap", "one.jfr", "one.jfr.event", "one.proto"),
                converter.getPackages(), "none of them async-profiler's one.profiler: both jars fit on one module path");
    }
}
