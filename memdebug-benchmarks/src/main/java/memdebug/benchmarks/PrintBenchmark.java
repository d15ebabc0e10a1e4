package memdebug.benchmarks;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.concurrent.TimeUnit;
import memdebug.api.MemDebugger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One {@code print()} without GC mode, written to a null sink, beside the cheapest read of the
 * same kind of figure: a bare {@code MemoryMXBean.getHeapMemoryUsage()}. Run with
 * {@code -prof gc} for bytes allocated per call. Sampled one call at a time, so medians and
 * tails are reported.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PrintBenchmark {

    /** A label and one datum, passed as the varargs array itself, so the benchmark allocates none. */
    private static final Object[] WHAT = {"bench", 42};

    /** Whether lines carry color escapes (a terminal) or not. */
    @Param({"true"})
    public boolean color;

    private MemDebugger memdebug;
    private MemoryMXBean memory;

    /** An instance printing to {@link OutputStream#nullOutputStream()}, GC mode off. */
    @Setup
    public void setUp() {
        memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), color).gcMode(false).build();
        memory = ManagementFactory.getMemoryMXBean();
    }

    /** What memdebug adds: the whole line, built and written. */
    @Benchmark
    public void print() {
        memdebug.print(System.nanoTime(), WHAT);
    }

    /** The floor: one heap reading through the platform MXBean. */
    @Benchmark
    public MemoryUsage bareHeapRead() {
        return memory.getHeapMemoryUsage();
    }
}
