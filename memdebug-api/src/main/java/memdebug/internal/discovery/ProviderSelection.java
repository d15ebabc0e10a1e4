package memdebug.internal.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import memdebug.internal.config.Settings;
import memdebug.spi.Availability;
import memdebug.spi.ProviderInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses providers of a service. Providers are instantiated only when tried; an absent, broken,
 * unavailable or incompatible one is skipped with one log line, and each choice is logged once
 * at INFO.
 */
public final class ProviderSelection {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.discovery");

    /** Highest priority first; equal priorities by class name, never by class-path order. */
    private static final Comparator<Candidate<?>> BEST_FIRST = Comparator
            .comparingInt((Candidate<?> c) -> c.priority()).reversed()
            .thenComparing(Candidate::className);

    private ProviderSelection() {
    }

    /**
     * Chooses one provider:
     * <ol>
     * <li>the one named in configuration ({@code requested}), if it is on the path and works;</li>
     * <li>otherwise the working one with the highest priority;</li>
     * <li>otherwise none.</li>
     * </ol>
     *
     * @param role         "metrics" or "report", for log lines and the property name
     * @param requested    the configured id, or empty for "the best one"
     * @param availability asks an instance whether it works here
     */
    public static <S> Optional<Chosen<S>> chooseOne(Class<S> service, String role, String requested,
                                                     Function<S, Availability> availability) {
        return chooseOne(discover(service, role), role, requested, availability);
    }

    static <S> Optional<Chosen<S>> chooseOne(List<Candidate<S>> found, String role, String requested,
                                              Function<S, Availability> availability) {
        List<Candidate<S>> order = bestFirst(found, role);
        // 1. the named one
        String wanted = id(requested);
        if (!wanted.isEmpty()) {
            List<Candidate<S>> named = order.stream().filter(c -> c.name().equals(wanted)).toList();
            if (named.isEmpty()) {
                LOG.warn("memdebug.{}={} names no provider on the path (found: {}); choosing the best available",
                        role, Settings.shown(wanted), names(found));
            }
            for (Candidate<S> c : named) {
                Optional<Chosen<S>> chosen = tryOne(c, role, availability);
                if (chosen.isPresent()) {
                    return chosen;
                }
            }
        }
        // 2. the best that works
        for (Candidate<S> c : order) {
            if (!c.name().equals(wanted)) {
                Optional<Chosen<S>> chosen = tryOne(c, role, availability);
                if (chosen.isPresent()) {
                    return chosen;
                }
            }
        }
        // 3. none
        return Optional.empty();
    }

    /**
     * Chooses every provider that writes:
     * <ol>
     * <li>those named in configuration ({@code requested}), in the order named, each if it is on
     *     the path and works;</li>
     * <li>when none is named, every working one, highest priority first.</li>
     * </ol>
     */
    public static <S> List<Chosen<S>> chooseAll(Class<S> service, String role, List<String> requested,
                                                Function<S, Availability> availability) {
        return chooseAll(discover(service, role), role, requested, availability);
    }

    static <S> List<Chosen<S>> chooseAll(List<Candidate<S>> found, String role, List<String> requested,
                                         Function<S, Availability> availability) {
        List<Candidate<S>> order = bestFirst(found, role);
        List<String> wanted = requested == null ? List.of()
                : requested.stream().map(ProviderSelection::id).filter(s -> !s.isEmpty()).distinct().toList();
        List<Chosen<S>> chosen = new ArrayList<>();
        if (!wanted.isEmpty()) {
            // 1. those named, in their order
            for (String name : wanted) {
                List<Candidate<S>> named = order.stream().filter(c -> c.name().equals(name)).toList();
                if (named.isEmpty()) {
                    LOG.warn("memdebug.{} names {}, which is not on the path (found: {})", role, Settings.shown(name),
                            names(found));
                }
                for (Candidate<S> c : named) {
                    Optional<Chosen<S>> one = tryOne(c, role, availability);
                    if (one.isPresent()) {
                        chosen.add(one.get());
                        break;
                    }
                }
            }
            return chosen;
        }
        // 2. every one that works, best first (one per name)
        for (Candidate<S> c : order) {
            if (chosen.stream().noneMatch(x -> x.name().equals(c.name()))) {
                tryOne(c, role, availability).ifPresent(chosen::add);
            }
        }
        return chosen;
    }

    private static <S> List<Candidate<S>> bestFirst(List<Candidate<S>> found, String role) {
        List<Candidate<S>> order = new ArrayList<>(found);
        order.sort(BEST_FIRST);
        warnDuplicates(order, role);
        return order;
    }

    private static <S> Optional<Chosen<S>> tryOne(Candidate<S> c, String role, Function<S, Availability> availability) {
        if (!c.compatible()) {
            LOG.warn("memdebug {} provider {} ({}) was built for memdebug SPI version {}, this memdebug-api has version {}; "
                    + "skipped. Use one memdebug version for every jar (import io.github.memdebug:memdebug-bom)",
                    role, c.name(), c.className(), c.spi(), ProviderInfo.SPI_VERSION);
            return Optional.empty();
        }
        try {
            S instance = c.provider().get();
            Availability a = availability.apply(instance);
            if (a.available()) {
                LOG.info("memdebug {} provider: {} ({})", role, c.name(), c.className());
                return Optional.of(new Chosen<>(c.name(), instance));
            }
            LOG.warn("memdebug {} provider {} is not available here: {}", role, c.name(), a.reason());
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            LOG.warn("memdebug {} provider {} ({}) is broken and skipped: {}", role, c.name(), c.className(),
                    rootMessage(e));
        }
        return Optional.empty();
    }

    /** Every provider on the path; one whose class cannot be loaded is logged and left out. */
    static <S> List<Candidate<S>> discover(Class<S> service, String role) {
        List<Candidate<S>> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<S>> it;
        try {
            it = ServiceLoader.load(service, service.getClassLoader()).stream().iterator();
        } catch (ServiceConfigurationError | RuntimeException e) {
            LOG.warn("memdebug cannot look for {} providers: {}", role, rootMessage(e));
            return found;
        }
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(Candidate.of(it.next()));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                LOG.warn("memdebug skips a broken {} provider entry: {}", role, rootMessage(e));
            }
        }
        return found;
    }

    private static String id(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    private static <S> void warnDuplicates(List<Candidate<S>> order, String role) {
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                Candidate<S> a = order.get(i);
                Candidate<S> b = order.get(j);
                if (a.name().equals(b.name())) {
                    LOG.warn("memdebug found two {} providers named {}: {} and {}; {} is tried first", role, a.name(),
                            a.className(), b.className(), a.className());
                }
            }
        }
    }

    private static String names(List<? extends Candidate<?>> found) {
        List<String> names = new ArrayList<>();
        for (Candidate<?> c : found) {
            names.add(c.name());
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder msg = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            msg.append(" <- ").append(t);
        }
        return msg.toString();
    }
}
