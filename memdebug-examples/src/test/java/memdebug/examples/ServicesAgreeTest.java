package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each provider jar works on both paths: its module-info {@code provides} and its services file name the same classes. */
class ServicesAgreeTest {

    @ParameterizedTest
    @ValueSource(strings = {"memdebug-jmx", "memdebug-pdf", "memdebug-pprof", "memdebug-asyncprofiler"})
    void providesMatchesTheServicesFile(String artifactId) throws IOException {
        List<Path> found = ChildJvm.with(p -> !ChildJvm.artifact(artifactId).test(p)).entries();
        assertEquals(1, found.size(), "one path entry for " + artifactId + ": " + found);
        ModuleReference ref = ModuleFinder.of(found.get(0)).findAll().iterator().next();
        ModuleDescriptor d = ref.descriptor();
        assertFalse(d.isAutomatic(), artifactId + " has a module-info");
        assertFalse(d.provides().isEmpty(), artifactId + " provides a service");
        try (ModuleReader reader = ref.open()) {
            for (ModuleDescriptor.Provides p : d.provides()) {
                Optional<InputStream> in = reader.open("META-INF/services/" + p.service());
                assertFalse(in.isEmpty(), artifactId + " lacks META-INF/services/" + p.service());
                TreeSet<String> listed = new TreeSet<>();
                try (InputStream s = in.get()) {
                    new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("#.*", "").trim())
                            .filter(l -> !l.isEmpty()).forEach(listed::add);
                }
                assertEquals(new TreeSet<>(p.providers()), listed, artifactId + " " + p.service());
            }
        }
    }
}
