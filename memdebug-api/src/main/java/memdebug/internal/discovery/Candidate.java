package memdebug.internal.discovery;

import java.util.Locale;
import java.util.ServiceLoader;
import memdebug.spi.ProviderInfo;

/**
 * A provider found by {@link java.util.ServiceLoader}, not instantiated yet, with its id and
 * priority read from {@link ProviderInfo}.
 */
record Candidate<S>(String name, int priority, String className, ServiceLoader.Provider<S> provider) {

    static <S> Candidate<S> of(ServiceLoader.Provider<S> provider) {
        Class<? extends S> type = provider.type();
        ProviderInfo info = type.getAnnotation(ProviderInfo.class);
        return new Candidate<>(nameOf(type), info != null ? info.priority() : 0, type.getName(), provider);
    }

    /** A provider class's id: its {@link ProviderInfo} name, else its simple name; lower case. */
    static String nameOf(Class<?> type) {
        ProviderInfo info = type.getAnnotation(ProviderInfo.class);
        return (info != null ? info.name() : type.getSimpleName()).toLowerCase(Locale.ROOT);
    }
}
