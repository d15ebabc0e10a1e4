package memdebug.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import memdebug.spi.Availability;
import org.junit.jupiter.api.Test;

class ProviderSelectionTest {

    /** A provider as the test describes it: its id, priority and what its constructor does. */
    private static Candidate<Availability> candidate(String name, int priority, String className,
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
        return new Candidate<>(name, priority, className, p);
    }

    private static Optional<Chosen<Availability>> choose(String requested, List<Candidate<Availability>> found) {
        return ProviderSelection.choose(found, "metrics", requested, a -> a);
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
            Chosen<Availability> c = ProviderSelection.choose(found, "metrics", "", x -> Availability.yes()).orElseThrow();
            assertEquals("from a", c.instance().reason());
        }
    }

    @Test
    void nothingFoundChoosesNothing() {
        assertTrue(choose("", List.of()).isEmpty());
        assertTrue(choose("jmx", List.of()).isEmpty());
    }
}
