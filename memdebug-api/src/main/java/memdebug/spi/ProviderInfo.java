package memdebug.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable id and priority of a provider, read from its class before it is instantiated.
 *
 * <p>memdebug picks the provider named by {@code memdebug.metrics} / {@code memdebug.report}
 * when one is set, otherwise the available provider with the highest {@link #priority()}; equal
 * priorities are ordered by class name, so the choice never depends on class-path order. A
 * provider class without this annotation is known by its simple class name with priority 0.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProviderInfo {
    /** The id users name in configuration, for example {@code "jmx"}; compared ignoring case. */
    String name();

    /** Higher wins when no provider is named; async-profiler (200) ranks above jmx (100). */
    int priority() default 0;
}
