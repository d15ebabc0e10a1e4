package memdebug.internal.discovery;

/**
 * The provider memdebug uses for one role.
 *
 * @param name     its id, for example {@code jmx}
 * @param instance the provider
 */
public record Chosen<S>(String name, S instance) {
}
