package memdebug.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import memdebug.spi.Availability;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.ProviderInfo;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;

/**
 * Report provider {@code html}: writes a profile of any kind as one self-contained HTML file with an
 * interactive flame graph, opened straight from the file system and loading nothing.
 *
 * <p>The flame graph is async-profiler's ({@code tools.profiler:jfr-converter}): click a box to
 * zoom, search by regular expression with the matched share, and its hotkeys. memdebug adds the
 * PDF's legend box and color key, colors boxes by frame kind as the PDF does (same colors, same
 * input same picture), shows values in the profile's unit, and adds a reset button, a search box
 * and a callers (reverse) view.
 *
 * <p>Construction does no work; {@link #prepare()} reads the page resources ahead of the first report.
 */
@ProviderInfo(name = "html", priority = 90, spi = ProviderInfo.SPI_VERSION)
public final class HtmlReportProvider implements ReportProvider {

    private final ZoneId zone;

    /** A provider that prints times in the JVM's default time zone. */
    public HtmlReportProvider() {
        this(null);
    }

    /** A provider that prints times in {@code zone}; null means the JVM's default zone. */
    HtmlReportProvider(ZoneId zone) {
        this.zone = zone;
    }

    /** Available when async-profiler's converter can be loaded; otherwise says which jar to add. */
    @Override
    public Availability availability() {
        try {
            Class.forName("one.convert.FlameGraph", false, HtmlReportProvider.class.getClassLoader());
            return Availability.yes();
        } catch (ClassNotFoundException | LinkageError e) {
            return Availability.no("async-profiler's converter is missing (" + e + "): put tools.profiler:jfr-converter "
                    + "4.5 on the path beside memdebug-html (Maven and Gradle bring it along)");
        }
    }

    /** {@code "html"}. */
    @Override
    public String fileExtension() {
        return "html";
    }

    /**
     * Reads memdebug's page resources and draws a small made-up page of each kind into nothing, on
     * memdebug's profiler thread while the program runs, so the first real report does not wait for
     * the page and the converter to load and warm up.
     */
    @Override
    public void prepare() throws IOException {
        FlameGraphPage.load();
        for (ProfileKind kind : ProfileKind.known()) {
            write(StackProfile.example(kind), OutputStream.nullOutputStream());
        }
    }

    /**
     * Writes the page of {@code profile} to {@code out} and flushes it, leaving it open. A null
     * profile is drawn as an empty CPU profile.
     *
     * @throws IOException when {@code out} is null or fails, or when the page cannot be made (the
     *                     cause says why); nothing else is thrown
     */
    @Override
    public void write(StackProfile profile, OutputStream out) throws IOException {
        if (out == null) {
            throw new IOException("no output stream to write the HTML report to");
        }
        StackProfile drawn = profile != null ? profile
                : new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), List.of());
        byte[] page;
        try {
            page = FlameGraphPage.html(drawn, zone != null ? zone : ZoneId.systemDefault()).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new IOException("could not make the HTML report: " + e, e);
        }
        out.write(page);
        out.flush();
    }
}
