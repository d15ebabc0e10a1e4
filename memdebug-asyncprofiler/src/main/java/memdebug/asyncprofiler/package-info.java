/**
 * The {@code async-profiler} metrics provider. {@link memdebug.asyncprofiler.AsyncProfilerProvider}
 * checks and loads the native library ({@code NativeLibrary}); {@code AsyncProfilerSampler} runs
 * one profiler session for CPU and allocations with JFR output into a private file
 * ({@code JfrOutput}), reads the chunks finished since the previous drain ({@code JfrSamples},
 * {@code JfrFrames}, {@code TypeNames}) and cuts them into intervals by sample time
 * ({@code IntervalCut}). Not exported.
 */
package memdebug.asyncprofiler;
