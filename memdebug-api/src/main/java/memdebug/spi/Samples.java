package memdebug.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@link Sampler#drain(Instant) drain} hands over: the stacks of each kind.
 *
 * @param byKind the stacks per kind; copied, never null; a kind with no entry had no samples
 */
public record Samples(Map<ProfileKind, List<StackSample>> byKind) {

    private static final Samples NONE = new Samples(Map.of());

    /** Copies the map and its lists; null keys are dropped, null lists become empty. */
    public Samples {
        Map<ProfileKind, List<StackSample>> copy = new LinkedHashMap<>();
        if (byKind != null) {
            byKind.forEach((k, v) -> {
                if (k != null) {
                    copy.put(k, v == null ? List.of() : List.copyOf(v));
                }
            });
        }
        byKind = java.util.Collections.unmodifiableMap(copy);
    }

    /** No samples. */
    public static Samples none() {
        return NONE;
    }

    /** The stacks of one kind. */
    public static Samples of(ProfileKind kind, List<StackSample> stacks) {
        return new Samples(Map.of(kind, stacks == null ? List.of() : stacks));
    }

    /** The stacks of {@code kind}; empty when there were none. */
    public List<StackSample> get(ProfileKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }
}
