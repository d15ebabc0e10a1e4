package memdebug.internal.discovery;

/**
 * The provider memdebug uses for one role.
 *
 * @param name     its id, for example {@code jmx}
 * @param instance the provider
 */
public record Chosen<S>(String name, S instance) {

    /** A provider given directly rather than discovered, known by its {@code ProviderInfo} name. */
    public static <S> Chosen<S> given(S instance) {
        return new Chosen<>(Candidate.nameOf(instance.getClass()), instance);
    }
}
