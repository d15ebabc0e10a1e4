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
 * Ways to re-read {@code /proc/self/statm} from a file kept open: one positional read of a
 * {@code FileChannel} into a direct buffer (one {@code pread}); the same behind the check of the
 * caller's interrupt status that memdebug's resident memory probe makes (a {@code FileChannel}
 * closes itself when an interrupted thread uses it); and {@code RandomAccessFile} seek, then read
 * (two system calls and a JNI copy), which no interrupt touches and which an interrupted caller
 * uses instead. Linux only.
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

    /** What an interrupted caller of {@code ResidentMemory.residentPages()} reads with: no interrupt closes it. */
    @Benchmark
    public int seekThenRead() throws IOException {
        file.seek(0);
        return file.read(bytes);
    }

    /** {@code pread} at offset 0: the read before the interrupt check was added. */
    @Benchmark
    public int positionalRead() throws IOException {
        direct.clear();
        return channel.read(direct, 0);
    }

    /** As {@code ResidentMemory.residentPages()} reads: the caller's interrupt status, then {@code pread}. */
    @Benchmark
    public int positionalReadUnlessInterrupted() throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            return seekThenRead();
        }
        direct.clear();
        return channel.read(direct, 0);
    }
}
