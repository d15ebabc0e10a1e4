package memdebug.internal.discovery;

import java.lang.annotation.IncompleteAnnotationException;
import java.util.Locale;
import java.util.ServiceLoader;
import memdebug.spi.ProviderInfo;

/**
 * A provider found by {@link java.util.ServiceLoader}, not instantiated yet, with its id,
 * priority and SPI version read from {@link ProviderInfo}.
 *
 * @param spi the SPI version the provider was built for; {@link ProviderInfo#SPI_VERSION} for a
 *            provider without the annotation (it is tried, and fails when used if it is older)
 */
record Candidate<S>(String name, int priority, int spi, String className, ServiceLoader.Provider<S> provider) {

    static <S> Candidate<S> of(ServiceLoader.Provider<S> provider) {
        Class<? extends S> type = provider.type();
        ProviderInfo info = type.getAnnotation(ProviderInfo.class);
        return new Candidate<>(nameOf(type), info != null ? info.priority() : 0, spiOf(info), type.getName(), provider);
    }

    /** A provider class's id: its {@link ProviderInfo} name, else its simple name; lower case. */
    static String nameOf(Class<?> type) {
        ProviderInfo info = type.getAnnotation(ProviderInfo.class);
        return (info != null ? info.name() : type.getSimpleName()).toLowerCase(Locale.ROOT);
    }

    private static int spiOf(ProviderInfo info) {
        if (info == null) {
            return ProviderInfo.SPI_VERSION;
        }
        try {
            return info.spi();
        } catch (IncompleteAnnotationException e) {
            return 1; // built before the annotation had a version: SPI 1
        }
    }

    /** True when the provider was built for this memdebug-api's SPI. */
    boolean compatible() {
        return spi == ProviderInfo.SPI_VERSION;
    }
}
