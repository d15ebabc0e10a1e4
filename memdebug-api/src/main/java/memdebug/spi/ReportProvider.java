package memdebug.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A report backend: draws a {@link StackProfile} into a file. Register it like a
 * {@link MetricsProvider}, annotated with {@link ProviderInfo}. Every available report provider
 * writes a file for each kind it {@link #supports supports}, for every dump and for the session.
 */
public interface ReportProvider {

    /** Whether this backend works here. Called once, before it is chosen; must not throw. */
    default Availability availability() {
        return Availability.yes();
    }

    /** The file name extension of reports, without the leading dot, for example {@code "pdf"} or {@code "pb.gz"}. */
    String fileExtension();

    /** Whether this provider writes reports of {@code kind}; every kind unless it says otherwise. */
    default boolean supports(ProfileKind kind) {
        return true;
    }

    /**
     * Gets ready to write quickly: called once on memdebug's profiler thread when the first session
     * has started, before any report is written, so that a short program does not wait for what
     * the first report would load (fonts, classes). Optional; must not be needed for correctness.
     * A throw is logged at DEBUG and ignored.
     */
    default void prepare() throws Exception {
    }

    /**
     * Writes the report for {@code profile} to {@code out}. memdebug writes to a temporary file
     * and moves it into place only when this returns normally, so a throw leaves no file. Must
     * accept any profile of a supported kind, including one with no samples; must take all its
     * wording from {@link StackProfile#kind()}; must not close {@code out}.
     *
     * @throws IOException when writing fails
     */
    void write(StackProfile profile, OutputStream out) throws IOException;
}
