/**
 * The {@code async-profiler} metrics provider. {@link memdebug.asyncprofiler.AsyncProfilerProvider}
 * checks and loads the native library ({@code NativeLibrary}); {@code AsyncProfilerSampler} runs
 * the profiler and turns its cumulative {@code collapsed,ann} dumps ({@code CollapsedLine}) into
 * interval samples ({@code CumulativeCounts}) with frame kinds ({@code AnnotatedFrames}).
 * Not exported.
 */
package memdebug.asyncprofiler;
