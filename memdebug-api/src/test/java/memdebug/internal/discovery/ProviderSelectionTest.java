package memdebug.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import memdebug.spi.Availability;
import memdebug.spi.ProviderInfo;
import org.junit.jupiter.api.Test;

class ProviderSelectionTest {

    /** A provider as the test describes it: its id, priority and what its constructor does. */
    private static Candidate<Availability> candidate(String name, int priority, String className,
                                                     Supplier<Availability> constructor) {
        return candidate(name, priority, ProviderInfo.SPI_VERSION, className, constructor);
    }

    private static Candidate<Availability> candidate(String name, int priority, int spi, String className,
                                                     Supplier<Availability> constructor) {
        ServiceLoader.Provider<Availability> p = new ServiceLoader.Provider<>() {
            @Override
            public Class<? extends Availability> type() {
                return Availability.class;
            }

            @Override
            public Availability get() {
                return constructor.get();
            }
        };
        return new Candidate<>(name, priority, spi, className, p);
    }

    private static Optional<Chosen<Availability>> choose(String requested, List<Candidate<Availability>> found) {
        return ProviderSelection.chooseOne(found, "metrics", requested, a -> a);
    }

    private static final Candidate<Availability> JMX = candidate("jmx", 100, "x.Jmx", Availability::yes);
    private static final Candidate<Availability> ASYNC = candidate("async-profiler", 200, "x.Async", Availability::yes);

    @Test
    void highestPriorityWinsWhateverTheOrder() {
        assertEquals("async-profiler", choose("", List.of(JMX, ASYNC)).orElseThrow().name());
        assertEquals("async-profiler", choose("", List.of(ASYNC, JMX)).orElseThrow().name());
    }

    @Test
    void aNamedProviderWins() {
        assertEquals("jmx", choose("JMX", List.of(ASYNC, JMX)).orElseThrow().name());
    }

    @Test
    void anUnknownNameFallsBackToTheBest() {
        assertEquals("async-profiler", choose("yourkit", List.of(JMX, ASYNC)).orElseThrow().name());
    }

    @Test
    void unavailableOrThrowingProvidersAreSkipped() {
        Candidate<Availability> noLib = candidate("async-profiler", 200, "x.Async", () -> Availability.no("no native library"));
        Candidate<Availability> throwing = candidate("broken", 300, "x.Broken", () -> {
            throw new IllegalStateException("constructor failed");
        });
        Chosen<Availability> c = choose("", List.of(throwing, noLib, JMX)).orElseThrow();
        assertEquals("jmx", c.name());
    }

    @Test
    void duplicateNamesResolveByClassNameNotDiscoveryOrder() {
        // The instances carry their origin in the reason text; every instance counts as available.
        Candidate<Availability> a = candidate("jmx", 100, "a.Jmx", () -> Availability.no("from a"));
        Candidate<Availability> b = candidate("jmx", 100, "b.Jmx", () -> Availability.no("from b"));
        for (List<Candidate<Availability>> found : List.of(List.of(a, b), List.of(b, a))) {
            Chosen<Availability> c = ProviderSelection.chooseOne(found, "metrics", "", x -> Availability.yes()).orElseThrow();
            assertEquals("from a", c.instance().reason());
        }
    }

    @Test
    void nothingFoundChoosesNothing() {
        assertTrue(choose("", List.of()).isEmpty());
        assertTrue(choose("jmx", List.of()).isEmpty());
    }

    @Test
    void aProviderBuiltForAnotherSpiVersionIsRefusedBeforeItIsMade() {
        boolean[] made = {false};
        Candidate<Availability> old = candidate("async-profiler", 200, 1, "x.OldAsync", () -> {
            made[0] = true;
            return Availability.yes();
        });
        assertEquals("jmx", choose("", List.of(old, JMX)).orElseThrow().name());
        assertEquals("jmx", choose("async-profiler", List.of(old, JMX)).orElseThrow().name());
        assertTrue(!made[0], "an incompatible provider is never instantiated");
    }

    private static List<String> all(List<String> requested, List<Candidate<Availability>> found) {
        return ProviderSelection.chooseAll(found, "report", requested, a -> a).stream().map(Chosen::name).toList();
    }

    private static final Candidate<Availability> PDF = candidate("pdf", 100, "x.Pdf", Availability::yes);
    private static final Candidate<Availability> HTML = candidate("html", 90, "x.Html", Availability::yes);
    private static final Candidate<Availability> PPROF = candidate("pprof", 80, "x.Pprof", Availability::yes);

    @Test
    void everyWorkingReportWritesByPriorityUnlessSomeAreNamed() {
        assertEquals(List.of("pdf", "html", "pprof"), all(List.of(), List.of(PPROF, HTML, PDF)));
        assertEquals(List.of("pprof", "pdf"), all(List.of("PPROF", " pdf", "pdf"), List.of(PDF, HTML, PPROF)),
                "the named ones, in the order named, once each");
        assertEquals(List.of("pdf"), all(List.of("pdf", "svg"), List.of(PDF, HTML)), "an unknown name is skipped");
        Candidate<Availability> broken = candidate("html", 90, "x.Html", () -> {
            throw new IllegalStateException("no");
        });
        assertEquals(List.of("pdf", "pprof"), all(List.of(), List.of(broken, PDF, PPROF)), "one broken report stops no other");
    }
}
