package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.ProviderInfo;
import org.junit.jupiter.api.Test;

class ServiceRegistrationTest {

    @Test
    void theModuleProvidesTheJfrProviderBetweenJmxAndAsyncProfiler() {
        // Needs memdebug.jfr's "provides" (module path); the services file is checked in memdebug-examples.
        ServiceRegistrationTest.class.getModule().addUses(MetricsProvider.class);
        List<String> found = ServiceLoader.load(MetricsProvider.class, MetricsProvider.class.getClassLoader()).stream()
                .map(p -> p.type().getName()).toList();
        assertTrue(found.contains(JfrMetricsProvider.class.getName()), found.toString());
        ProviderInfo info = JfrMetricsProvider.class.getAnnotation(ProviderInfo.class);
        assertEquals("jfr", info.name());
        assertEquals(150, info.priority());
        assertEquals(ProviderInfo.SPI_VERSION, info.spi());
        JfrMetricsProvider p = new JfrMetricsProvider();
        assertTrue(p.availability().available());
        assertEquals(Set.of(ProfileKind.CPU, ProfileKind.ALLOC), p.kinds());
        assertEquals(Duration.ofMillis(1), p.minimumInterval());
    }
}
