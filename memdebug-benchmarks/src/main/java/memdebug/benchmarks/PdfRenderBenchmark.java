package memdebug.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import memdebug.pdf.PdfReportProvider;
import memdebug.spi.ProfileKind;
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
 * Time to render the PDF report of a synthetic profile of 1,000, 10,000 or 100,000 distinct
 * stacks 64 frames deep ({@link SyntheticProfile}), CPU or allocations, into a stream that counts
 * and drops the bytes. The file size is printed once per trial, as
 * {@code # pdf KIND N stacks: B bytes}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PdfRenderBenchmark {

    /** Distinct stacks in the profile. */
    @Param({"1000", "10000", "100000"})
    public int stacks;

    /** The profile's kind: {@code cpu}, or {@code alloc} (allocated types on top, Java tiers mixed per method). */
    @Param({"cpu", "alloc"})
    public String kind;

    private final PdfReportProvider pdf = new PdfReportProvider();
    private StackProfile profile;

    /** Builds the profile and prints the size of its report. */
    @Setup
    public void setUp() throws IOException {
        profile = SyntheticProfile.of(stacks, kind.equals("alloc") ? ProfileKind.ALLOC : ProfileKind.CPU);
        ByteCounter size = new ByteCounter();
        pdf.write(profile, size);
        System.out.println();
        System.out.println("# pdf " + kind + " " + stacks + " stacks: " + size.count() + " bytes");
    }

    /** One whole report. */
    @Benchmark
    public long render() throws IOException {
        ByteCounter out = new ByteCounter();
        pdf.write(profile, out);
        return out.count();
    }
}
