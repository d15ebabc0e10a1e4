package memdebug.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.ProviderInfo;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;

/**
 * Report provider {@code pdf}: writes a profile of any kind as a PDF readable without knowing pprof.
 *
 * <p>Page 1 (landscape A4) holds a legend box like {@code go tool pprof}'s (program, type,
 * time, duration and total with its share of the wall time or its rate, sample count, backend and
 * engine, event and interval, JVM, collector, the backend's notes, what the graph prunes), a short
 * reading guide with the color key, and a flame graph of the interval: one box per method, colored
 * by its dominant frame kind. The next pages hold two top tables, {@code pprof -top} and
 * {@code pprof -top -cum}, with pprof's rules and numbers. All wording comes from the profile's
 * kind through the shared helpers of {@code memdebug.spi} ({@link memdebug.spi.Legend},
 * {@link memdebug.spi.TopTable}, {@link memdebug.spi.ValueFormat}, {@link memdebug.spi.ReadingGuide},
 * {@link memdebug.spi.FrameColors}), so a CPU report speaks of CPU time, an allocation report
 * of allocated bytes, and a new kind needs no edit here. Text is real text in an embedded font, so
 * it can be searched and copied; a character the font lacks prints as {@code ?}.
 *
 * <p>The same profile always gives the same file. Construction does no work; the font is read
 * on the first report and kept for the life of the JVM.
 */
@ProviderInfo(name = "pdf", priority = 100, spi = ProviderInfo.SPI_VERSION)
public final class PdfReportProvider implements ReportProvider {

    private final ZoneId zone;

    /** A provider that prints times in the JVM's default time zone. */
    public PdfReportProvider() {
        this(null);
    }

    /** A provider that prints times in {@code zone}; null means the JVM's default zone. */
    PdfReportProvider(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Draws a small made-up report of each kind into nothing, on memdebug's profiler thread while
     * the program runs, so the first real report does not wait for the PDF code to load and warm up.
     */
    @Override
    public void prepare() throws IOException {
        for (ProfileKind kind : ProfileKind.known()) {
            write(StackProfile.example(kind), OutputStream.nullOutputStream());
        }
    }

    /** {@code "pdf"}. */
    @Override
    public String fileExtension() {
        return "pdf";
    }

    /**
     * Writes the report of {@code profile} to {@code out} and flushes it, leaving it open. A null
     * profile is drawn as an empty one.
     *
     * @throws IOException when {@code out} is null or fails, or when the report cannot be drawn
     *                     (the cause says why); nothing else is thrown
     */
    @Override
    public void write(StackProfile profile, OutputStream out) throws IOException {
        if (out == null) {
            throw new IOException("no output stream to write the PDF report to");
        }
        StackProfile drawn = profile != null ? profile
                : new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), List.of());
        try {
            OutputStream buffered = new BufferedOutputStream(new NonClosingOutputStream(out), 1 << 16);
            ReportDocument.write(drawn, zone != null ? zone : ZoneId.systemDefault(), buffered);
            buffered.flush();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new IOException("could not draw the PDF report: " + e, e);
        }
    }
}
