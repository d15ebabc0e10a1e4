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
        String name = info != null ? info.name() : type.getSimpleName();
        return new Candidate<>(name.toLowerCase(Locale.ROOT), info != null ? info.priority() : 0, type.getName(), provider);
    }
}
