package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import memdebug.testkit.ChildJvm;
import memdebug.testkit.ProviderJar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one check that each provider jar works on both paths: its module-info {@code provides} and
 * its services files name the same classes, and it exports nothing.
 */
class ServicesAgreeTest {

    @ParameterizedTest
    @ValueSource(strings = {"memdebug-jmx", "memdebug-jfr", "memdebug-pdf", "memdebug-pprof", "memdebug-html",
        "memdebug-asyncprofiler"})
    void providesMatchesTheServicesFile(String artifactId) throws IOException {
        List<Path> found = ChildJvm.with(p -> !ChildJvm.artifact(artifactId).test(p)).entries();
        assertEquals(1, found.size(), "one path entry for " + artifactId + ": " + found);
        ModuleDescriptor d = ProviderJar.assertServicesAgree(found.get(0));
        assertTrue(d.exports().isEmpty(), artifactId + " exports nothing: " + d.exports());
    }
}
