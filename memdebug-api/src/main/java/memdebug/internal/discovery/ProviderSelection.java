package memdebug.internal.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import memdebug.spi.Availability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses one provider of a service: the one named in configuration if it works, else the
 * available one with the highest priority (ties broken by class name, never by class-path
 * order). Providers are instantiated only when tried; an absent, broken or unavailable one is
 * skipped with one log line, and the choice is logged once at INFO.
 */
public final class ProviderSelection {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.discovery");

    private ProviderSelection() {
    }

    /**
     * Finds and chooses a provider.
     *
     * @param service      the service interface
     * @param role         "metrics" or "report", for log lines and the property name
     * @param requested    the configured id, or empty for "the best one"
     * @param availability asks an instance whether it works here
     * @return the chosen provider, or empty when none works
     */
    public static <S> Optional<Chosen<S>> choose(Class<S> service, String role, String requested,
                                                  Function<S, Availability> availability) {
        List<Candidate<S>> candidates = discover(service, role);
        return choose(candidates, role, requested, availability);
    }

    static <S> Optional<Chosen<S>> choose(List<Candidate<S>> found, String role, String requested,
                                           Function<S, Availability> availability) {
        String wanted = requested == null ? "" : requested.trim().toLowerCase(java.util.Locale.ROOT);
        List<Candidate<S>> order = new ArrayList<>(found);
        order.sort(Comparator.comparing((Candidate<S> c) -> !c.name().equals(wanted))
                .thenComparing(Comparator.comparingInt((Candidate<S> c) -> c.priority()).reversed())
                .thenComparing(Candidate::className));
        if (!wanted.isEmpty() && (order.isEmpty() || !order.get(0).name().equals(wanted))) {
            LOG.warn("memdebug.{}={} names no provider on the path (found: {}); choosing the best available",
                    role, wanted, names(found));
        }
        warnDuplicates(order, role);
        for (Candidate<S> c : order) {
            Optional<S> instance = instantiate(c, role, availability);
            if (instance.isPresent()) {
                LOG.info("memdebug {} provider: {} ({})", role, c.name(), c.className());
                return Optional.of(new Chosen<>(c.name(), instance.get()));
            }
        }
        return Optional.empty();
    }

    private static <S> Optional<S> instantiate(Candidate<S> c, String role, Function<S, Availability> availability) {
        try {
            S instance = c.provider().get();
            Availability a = availability.apply(instance);
            if (a.available()) {
                return Optional.of(instance);
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

    private static <S> void warnDuplicates(List<Candidate<S>> order, String role) {
        for (int i = 1; i < order.size(); i++) {
            Candidate<S> a = order.get(i - 1);
            Candidate<S> b = order.get(i);
            if (a.name().equals(b.name())) {
                LOG.warn("memdebug found two {} providers named {}: {} and {}; {} is tried first", role, a.name(),
                        a.className(), b.className(), a.className());
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
