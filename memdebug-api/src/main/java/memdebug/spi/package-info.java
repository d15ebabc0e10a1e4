/**
 * The service provider interface of memdebug: metrics backends ({@link memdebug.spi.MetricsProvider})
 * whose {@link memdebug.spi.Sampler} samples stacks for one or more
 * {@link memdebug.spi.ProfileKind kinds} (CPU time, allocations), report backends
 * ({@link memdebug.spi.ReportProvider}) that write a {@link memdebug.spi.StackProfile}, and the
 * values that pass between them. Every weight carries its unit through its profile's kind.
 *
 * <p>Helpers for report providers, so that every report of a profile says the same thing in the
 * same words, worded from the profile's kind: {@link memdebug.spi.StackIndex} (stacks by function
 * name), {@link memdebug.spi.TopTable} ({@code pprof -top}'s rows and rules),
 * {@link memdebug.spi.ValueFormat} (values as pprof prints them), {@link memdebug.spi.Legend} (the
 * legend box), {@link memdebug.spi.ReadingGuide} (how to read a report) and
 * {@link memdebug.spi.FrameColors} (colors by frame kind). Backends have
 * {@link memdebug.spi.StackTally}.
 *
 * <p>A provider class is annotated with {@link memdebug.spi.ProviderInfo} so that memdebug can
 * choose among providers before it instantiates any, and is registered both with
 * {@code provides … with …} in its module-info and in {@code META-INF/services}.
 */
package memdebug.spi;
