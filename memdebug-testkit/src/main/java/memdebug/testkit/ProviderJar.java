package memdebug.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Checks on a provider jar (or classes folder): it works on both paths. */
public final class ProviderJar {

    private ProviderJar() {
    }

    /**
     * Asserts that the module at {@code location} has a module-info, provides at least one service,
     * and that each {@code provides} names exactly the classes of its {@code META-INF/services}
     * file, so the provider is found the same on the module path and the class path.
     *
     * @return the module's descriptor, for further checks
     * @throws AssertionError when they disagree or a part is missing
     */
    public static ModuleDescriptor assertServicesAgree(Path location) throws IOException {
        Iterator<ModuleReference> found = ModuleFinder.of(location).findAll().iterator();
        if (!found.hasNext()) {
            throw new AssertionError("no module at " + location);
        }
        ModuleReference ref = found.next();
        ModuleDescriptor d = ref.descriptor();
        check(!d.isAutomatic(), location + " has no module-info");
        check(!d.provides().isEmpty(), d.name() + " provides no service");
        try (ModuleReader reader = ref.open()) {
            for (ModuleDescriptor.Provides p : d.provides()) {
                Optional<InputStream> in = reader.open("META-INF/services/" + p.service());
                check(in.isPresent(), d.name() + " lacks META-INF/services/" + p.service());
                Set<String> listed = new TreeSet<>();
                try (InputStream s = in.get()) {
                    new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("#.*", "").trim())
                            .filter(l -> !l.isEmpty()).forEach(listed::add);
                }
                Set<String> provided = new TreeSet<>(p.providers());
                check(provided.equals(listed), d.name() + " " + p.service() + ": provides " + provided
                        + " but the services file lists " + listed);
            }
        }
        return d;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
