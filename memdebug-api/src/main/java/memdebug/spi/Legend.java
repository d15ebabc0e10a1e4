package memdebug.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The lines of a report's legend box, worded like {@code go tool pprof}'s legend and extended
 * with what a JVM profile needs; every report provider prints these, so reports of one profile
 * say the same. All wording comes from the profile's {@link ProfileKind} and {@link ProfileInfo},
 * so a new kind gets a sensible legend with no edit here:
 * <pre>
 * File: myapp.jar
 * Type: cpu
 * Time: Nov 24, 2025 at 4:00pm (UTC)
 * Duration: 2s, Total samples = 1000ms (50.00%)
 * Samples: 100 samples in 4 distinct stacks
 * Backend: jmx (ThreadMXBean)
 * Event: cpu, interval 10ms
 * JVM: OpenJDK 64-Bit Server VM 17.0.15+6
 * Collector: G1 Young Generation, G1 Old Generation
 * Note: …                      (one line per note of the backend)
 * </pre>
 * After the total comes, in parentheses: for a kind measured in time, its share of the wall time
 * (as pprof prints it; above 100% when several threads ran); for other units its rate per second
 * ({@code 6.25MB/s}); when the backend recorded no weight, that values are sample counts.
 */
public final class Legend {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private Legend() {
    }

    /**
     * The legend's lines, top to bottom; a report may add lines of its own below them (what it
     * pruned, say).
     *
     * @param index  the profile drawn
     * @param values the unit of the report's values: pprof prints the total in the unit of its
     *               table, {@link TopTable#values()}; null picks one for the total alone
     * @param zone   the time zone of the {@code Time:} line; null means the JVM's default zone
     * @throws NullPointerException when {@code index} is null
     */
    public static List<String> lines(StackIndex index, ValueFormat values, ZoneId zone) {
        Objects.requireNonNull(index, "index");
        ProfileInfo info = index.profile().info();
        ProfileKind kind = index.kind();
        ValueFormat format = values != null ? values : ValueFormat.of(index.unit(), index.total(), index.total());
        List<String> lines = new ArrayList<>();
        lines.add("File: " + info.program());
        lines.add("Type: " + kind.id());
        lines.add("Time: " + time(info.start(), zone != null ? zone : ZoneId.systemDefault()));
        lines.add("Duration: " + ValueFormat.label(info.duration().toNanos(), ValueUnit.NANOSECONDS)
                + ", Total samples = " + format.format(index.total()) + total(index, info.duration()));
        long samples = index.profile().totalSamples();
        int stacks = index.profile().stacks().size();
        lines.add("Samples: " + samples + (samples == 1 ? " sample" : " samples") + " in " + stacks
                + (stacks == 1 ? " distinct stack" : " distinct stacks"));
        lines.add("Backend: " + info.backend() + " (" + info.engine() + ")");
        lines.add("Event: " + info.event() + ", interval "
                + (info.period() <= 0 ? "unknown" : ValueFormat.label(info.period(), kind.unit())));
        lines.add("JVM: " + info.jvm());
        lines.add("Collector: " + info.collector());
        for (String note : info.notes()) {
            String text = note.strip();
            if (!text.isEmpty()) {
                lines.add("Note: " + text);
            }
        }
        return lines;
    }

    /**
     * {@code Nov 24, 2025 at 4:00pm (UTC)}, as pprof prints its {@code Time:}; null parts mean the
     * epoch and the default zone. A zone other than UTC is named by its id ({@code Europe/Berlin}):
     * short names such as {@code CST} are ambiguous, and looking them up costs a report's first
     * call tens of milliseconds.
     */
    public static String time(Instant instant, ZoneId zone) {
        ZoneId z = Objects.requireNonNullElse(zone, ZoneId.systemDefault());
        java.time.ZonedDateTime at = Objects.requireNonNullElse(instant, Instant.EPOCH).atZone(z);
        int hour = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
        String zoneName = z.normalized().equals(java.time.ZoneOffset.UTC) || z.getId().equals("UTC") ? "UTC" : z.getId();
        return MONTHS[at.getMonthValue() - 1] + " " + at.getDayOfMonth() + ", " + at.getYear() + " at " + hour + ":"
                + (at.getMinute() < 10 ? "0" : "") + at.getMinute() + (at.getHour() < 12 ? "am" : "pm") + " (" + zoneName + ")";
    }

    /** What follows the total: its share of the wall time, its rate, or that values are counts. */
    private static String total(StackIndex index, Duration wall) {
        if (index.countsSamples()) {
            return " (no " + index.kind().measure() + " recorded: values are sample counts)";
        }
        if (wall.isZero()) {
            return "";
        }
        if (index.unit() == ValueUnit.NANOSECONDS) {
            return " (" + ValueFormat.percent(index.total(), wall.toNanos()) + ")";
        }
        return " (" + ValueFormat.rate(index.total(), wall, index.unit()) + ")";
    }
}
