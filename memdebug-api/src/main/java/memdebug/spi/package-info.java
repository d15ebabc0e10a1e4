/**
 * The service provider interface of memdebug: metrics backends ({@link memdebug.spi.MetricsProvider})
 * whose {@link memdebug.spi.Sampler} samples stacks for one or more
 * {@link memdebug.spi.ProfileKind kinds} (CPU time, allocations), report backends
 * ({@link memdebug.spi.ReportProvider}) that write a {@link memdebug.spi.StackProfile}, and the
 * values that pass between them. Every weight carries its unit through its profile's kind.
 *
 * <p>A provider class is annotated with {@link memdebug.spi.ProviderInfo} so that memdebug can
 * choose among providers before it instantiates any, and is registered both with
 * {@code provides … with …} in its module-info and in {@code META-INF/services}.
 */
package memdebug.spi;
