package memdebug.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import memdebug.pprof.PprofReportProvider;
import memdebug.spi.StackProfile;
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
 * Time to write the gzipped pprof report of the same synthetic profiles as {@link PdfRenderBenchmark}
 * (1,000, 10,000 or 100,000 distinct stacks 64 frames deep, {@link SyntheticProfile}) into a stream
 * that counts and drops the bytes. The file size is printed once per trial, as
 * {@code # pprof N stacks: B bytes}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PprofWriteBenchmark {

    /** Distinct stacks in the profile. */
    @Param({"1000", "10000", "100000"})
    public int stacks;

    private final PprofReportProvider pprof = new PprofReportProvider();
    private StackProfile profile;

    /** Builds the profile and prints the size of its report. */
    @Setup
    public void setUp() throws IOException {
        profile = SyntheticProfile.of(stacks);
        ByteCounter size = new ByteCounter();
        pprof.write(profile, size);
        System.out.println();
        System.out.println("# pprof " + stacks + " stacks: " + size.count() + " bytes");
    }

    /** One whole report. */
    @Benchmark
    public long write() throws IOException {
        ByteCounter out = new ByteCounter();
        pprof.write(profile, out);
        return out.count();
    }
}
