package memdebug.pprof;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import memdebug.spi.Availability;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.ProviderInfo;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;

/**
 * Report provider {@code pprof}: writes a profile of any kind as a gzipped pprof
 * {@code profile.proto} ({@code cpu-001.pb.gz}, {@code alloc.pb.gz}, …), the format that
 * {@code go tool pprof}, Pyroscope, Grafana and speedscope read.
 *
 * <p>What goes where is said in {@link ProfileWriter} (sample types, period, time, comments),
 * {@link LocationTable} (functions with their source file, lines, inlined frames, allocated types)
 * and {@link Mappings} (frame kinds). The same profile always gives the same bytes, whatever the
 * order of its stacks. Construction does no work.
 */
@ProviderInfo(name = "pprof", priority = 80, spi = ProviderInfo.SPI_VERSION)
public final class PprofReportProvider implements ReportProvider {

    /** A provider; loads nothing until the first report. */
    public PprofReportProvider() {
    }

    /**
     * Available when the protobuf-java on the path runs memdebug-pprof's generated classes (the
     * release it was built with, or a newer one of the same major version); otherwise says which
     * release is needed and which one was found.
     */
    @Override
    public Availability availability() {
        return ProtobufRuntime.check();
    }

    /**
     * Draws a small made-up report of each kind into nothing, on memdebug's profiler thread while
     * the program runs, so the first real report does not wait for the pprof code to load and warm up.
     */
    @Override
    public void prepare() throws IOException {
        for (ProfileKind kind : ProfileKind.known()) {
            write(StackProfile.example(kind), OutputStream.nullOutputStream());
        }
    }

    /** {@code "pb.gz"}. */
    @Override
    public String fileExtension() {
        return "pb.gz";
    }

    /**
     * Writes {@code profile} to {@code out} as a gzipped pprof profile and flushes it, leaving it
     * open. A null profile is written as an empty CPU profile.
     *
     * @throws IOException when {@code out} is null or fails, or when the profile cannot be encoded
     *                     (the cause says why); nothing else is thrown
     */
    @Override
    public void write(StackProfile profile, OutputStream out) throws IOException {
        if (out == null) {
            throw new IOException("no output stream to write the pprof report to");
        }
        StackProfile written = profile != null ? profile : empty();
        // Deflate's fastest level, as Go's runtime/pprof: a third of the time of the default level
        // for 4 % more bytes (BENCHMARKS.md).
        try (GZIPOutputStream gzip = new GZIPOutputStream(new NonClosingOutputStream(out), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            ProfileWriter.write(written, gzip);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new IOException("could not encode the pprof report: " + e, e);
        }
    }

    private static StackProfile empty() {
        return new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), List.of());
    }
}
