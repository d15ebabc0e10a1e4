package memdebug.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable id, priority and SPI version of a provider, read from its class before it is
 * instantiated.
 *
 * <p>memdebug picks the provider named by {@code memdebug.metrics} / {@code memdebug.report}
 * when one is set, otherwise the available provider with the highest {@link #priority()}; equal
 * priorities are ordered by class name, so the choice never depends on class-path order. A
 * provider class without this annotation is known by its simple class name with priority 0.
 *
 * <p>A provider declares {@code spi = ProviderInfo.SPI_VERSION}; the compiler copies the number
 * into the provider's class, so a provider built against another version of this SPI is refused
 * with a clear log line instead of failing later with a {@code LinkageError}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProviderInfo {

    /** The version of this SPI. 2: profile kinds, {@link Sampler}, several reports. */
    int SPI_VERSION = 2;

    /** The id users name in configuration, for example {@code "jmx"}; compared ignoring case. */
    String name();

    /** Higher wins when no provider is named; async-profiler (200) ranks above jmx (100). */
    int priority() default 0;

    /** The SPI version the provider was built for: write {@code spi = ProviderInfo.SPI_VERSION}. */
    int spi();
}
