package memdebug.benchmarks;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Two ways to re-read {@code /proc/self/statm} from a file kept open: what memdebug's resident
 * memory probe does today ({@code RandomAccessFile} seek, then read: two system calls and a
 * JNI copy), and one positional read of a {@code FileChannel} into a direct buffer (one
 * {@code pread}). Evidence for the change proposed in BENCHMARKS.md; Linux only.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
public class StatmReadBenchmark {

    private static final Path STATM = Path.of("/proc/self/statm");

    private RandomAccessFile file;
    private FileChannel channel;
    private final byte[] bytes = new byte[128];
    private final ByteBuffer direct = ByteBuffer.allocateDirect(128);

    /** Opens the file both ways. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        file = new RandomAccessFile(STATM.toFile(), "r");
        channel = FileChannel.open(STATM, StandardOpenOption.READ);
    }

    /** Closes both. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        file.close();
        channel.close();
    }

    /** As {@code ResidentMemory.residentPages()} reads today. */
    @Benchmark
    public int seekThenRead() throws IOException {
        file.seek(0);
        return file.read(bytes);
    }

    /** The proposed read: {@code pread} at offset 0. */
    @Benchmark
    public int positionalRead() throws IOException {
        direct.clear();
        return channel.read(direct, 0);
    }
}
