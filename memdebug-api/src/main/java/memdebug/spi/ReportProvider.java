package memdebug.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A report backend: draws a {@link StackProfile} into a file. Register it like a
 * {@link MetricsProvider}, annotated with {@link ProviderInfo}.
 */
public interface ReportProvider {

    /** Whether this backend works here. Called once, before it is chosen; must not throw. */
    default Availability availability() {
        return Availability.yes();
    }

    /** The file name extension of reports, without the dot, for example {@code "pdf"}. */
    String fileExtension();

    /**
     * Writes the report for {@code profile} to {@code out}. memdebug writes to a temporary file
     * and moves it into place only when this returns normally, so a throw leaves no file. Must
     * accept any profile, including one with no samples; must not close {@code out}.
     *
     * @throws IOException when writing fails
     */
    void write(StackProfile profile, OutputStream out) throws IOException;
}
