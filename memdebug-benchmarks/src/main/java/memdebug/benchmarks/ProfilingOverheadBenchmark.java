package memdebug.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import memdebug.api.MemDebugger;
import memdebug.spi.StackProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Throughput of a CPU-bound workload on 20 threads with CPU profiling off, or on at 100 Hz
 * (10 ms) through one backend. The profile is drained once at the end into a report that
 * draws nothing, so only sampling is measured; the number of samples taken is printed, to show
 * that sampling really ran.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(20)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xms256m", "-Xmx256m"})
public class ProfilingOverheadBenchmark {

    /** {@code off}, or the backend that samples. */
    @Param({"off", "jmx", "async-profiler"})
    public String backend;

    private MemDebugger memdebug;
    private RecordingReport report;
    private Path dir;

    /** Starts profiling unless {@code backend} is {@code off}. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        if (backend.equals("off")) {
            return;
        }
        dir = Files.createTempDirectory("memdebug-bench");
        report = new RecordingReport();
        memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false)
                .directory(dir).interval(Duration.ofMillis(10)).metrics(Backends.provider(backend)).report(report)
                .writeOnExit(false).build();
        memdebug.profile();
    }

    /** Stops profiling and says how many samples it took. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        if (memdebug == null) {
            return;
        }
        memdebug.writeProfile();
        StackProfile p = report.last();
        System.out.println();
        System.out.println("# " + backend + " took " + (p == null ? 0 : p.totalSamples()) + " samples"
                + (p == null ? "" : " with " + p.info().engine()));
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** About 30 µs of integer work. */
    @Benchmark
    public long work() {
        return CpuWork.spin(System.nanoTime(), 20_000);
    }
}
