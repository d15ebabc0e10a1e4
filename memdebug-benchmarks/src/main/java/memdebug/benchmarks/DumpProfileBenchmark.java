package memdebug.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import memdebug.api.MemDebugger;
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

/**
 * How long {@code dumpProfile()} holds the calling thread while profiling runs at 10 ms. Each
 * call is timed alone (SampleTime); after each call, outside the timing, the benchmark waits
 * for the interval's report to be written, as a program that dumps now and then would see an
 * idle writer. The report draws nothing, so the writer's work does not pile up.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xms256m", "-Xmx256m"})
public class DumpProfileBenchmark {

    /** The backend that samples. */
    @Param({"jmx", "async-profiler", "jfr"})
    public String backend;

    private MemDebugger memdebug;
    private Path dir;
    private CompletableFuture<Path> pending;

    /** Starts profiling. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        dir = Files.createTempDirectory("memdebug-bench");
        memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false)
                .directory(dir).interval(Duration.ofMillis(10)).metrics(Backends.provider(backend))
                .report(new RecordingReport()).writeOnExit(false).build();
        memdebug.profile();
    }

    /** The call a program makes; the report is written on memdebug's writer thread. */
    @Benchmark
    public CompletableFuture<Path> dumpProfile() {
        pending = memdebug.dumpProfile();
        return pending;
    }

    /** Waits for the report of the last call and removes it; not timed. */
    @TearDown(Level.Invocation)
    public void settle() throws IOException {
        Files.deleteIfExists(pending.join());
    }

    /** Stops profiling and removes the folder. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        memdebug.writeProfile();
        Folders.delete(dir);
    }
}
