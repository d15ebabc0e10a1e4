/**
 * The {@code jfr} metrics provider. {@link memdebug.jfr.JfrMetricsProvider} is the service;
 * {@code JfrSampler} runs one {@code RecordingStream} per session. {@code RecordingPlan} decides
 * what to record (the CPU engine, periods, the allocation throttle, and, when the host runs a
 * recording of its own, only what that recording records already); {@code SampleDecoder} turns
 * events into stacks with frame kinds; {@code PendingSamples} holds them until a drain cuts them by
 * event time, and {@code StreamProgress} tells how far the stream has delivered. Not exported.
 */
package memdebug.jfr;
