package memdebug.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProviderInfo;
import org.junit.jupiter.api.Test;

class ServiceRegistrationTest {

    @Test
    void theModuleProvidesTheJmxProviderWithItsStableId() {
        // Needs memdebug.jmx's "provides" (module path); the services file is checked in memdebug-examples.
        ServiceRegistrationTest.class.getModule().addUses(MetricsProvider.class);
        List<String> found = ServiceLoader.load(MetricsProvider.class, MetricsProvider.class.getClassLoader()).stream()
                .map(p -> p.type().getName()).toList();
        assertTrue(found.contains(JmxMetricsProvider.class.getName()), found.toString());
        ProviderInfo info = JmxMetricsProvider.class.getAnnotation(ProviderInfo.class);
        assertEquals("jmx", info.name());
        assertEquals(100, info.priority());
        assertTrue(new JmxMetricsProvider().availability().available());
    }
}
