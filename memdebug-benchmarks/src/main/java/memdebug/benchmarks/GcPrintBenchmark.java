package memdebug.benchmarks;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import memdebug.api.MemDebugger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code print()} in GC mode beside a bare {@code System.gc()}, in the same JVM on the same heap
 * (a fixed 256 MB heap holding about 24 MB of live data: 16 one-MB arrays and 200,000 small
 * objects). The ratio of the two is memdebug's cost on top of the collection it asks for.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class GcPrintBenchmark {

    private static final Object[] WHAT = {"bench", 42};

    private MemDebugger memdebug;
    /** Live data, so the collections have something to mark. */
    private List<Object> live;

    /** Fills the heap's live set and makes an instance in GC mode printing to a null sink. */
    @Setup
    public void setUp() {
        live = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            live.add(new byte[1 << 20]);
        }
        for (int i = 0; i < 200_000; i++) {
            live.add(new long[1]);
        }
        memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), true).gcMode(true).build();
    }

    /** A GC-mode print: collection, check, native heap trim, the line. */
    @Benchmark
    public void printGcMode() {
        memdebug.print(System.nanoTime(), WHAT);
    }

    /** The collection alone. */
    @Benchmark
    public void systemGc() {
        System.gc();
    }
}
