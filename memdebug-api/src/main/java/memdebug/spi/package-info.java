/**
 * The service provider interface of memdebug: metrics backends ({@link memdebug.spi.MetricsProvider})
 * that sample CPU stacks, report backends ({@link memdebug.spi.ReportProvider}) that draw a
 * {@link memdebug.spi.StackProfile}, and the values that pass between them.
 *
 * <p>A provider class is annotated with {@link memdebug.spi.ProviderInfo} so that memdebug can
 * choose among providers before it instantiates any, and is registered both with
 * {@code provides … with …} in its module-info and in {@code META-INF/services}.
 */
package memdebug.spi;
