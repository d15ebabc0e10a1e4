package memdebug.html;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.ValueUnit;

/**
 * TEMPORARY: the lines of the PDF's legend box ({@code memdebug.pdf.Legend} on main, without its
 * "Pruned:" line, which is about the PDF's drawing), worded from the profile's kind and unit, and
 * with the backend's notes. {@link #lines} is the one call to switch to the shared
 * {@code memdebug.spi.Legend} once it lands on main.
 */
final class Legend {

    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("MMM d, yyyy 'at' h:mm", Locale.US);
    private static final DateTimeFormatter AM_PM = DateTimeFormatter.ofPattern("a", Locale.US);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.US);

    private Legend() {
    }

    /**
     * The legend's lines, top to bottom.
     *
     * @param profile the profile drawn
     * @param values  what the report's widths are: the profile's weights, or its sample counts
     * @param zone    the time zone of the {@code Time:} line
     */
    static List<String> lines(StackProfile profile, Values values, ZoneId zone) {
        ProfileInfo info = profile.info();
        ProfileKind kind = profile.kind();
        List<String> lines = new ArrayList<>();
        lines.add("File: " + info.program());
        lines.add("Type: " + kind.id());
        lines.add("Time: " + time(info.start(), zone));
        lines.add("Duration: " + ValueFormat.label(info.duration().toNanos(), ValueUnit.NANOSECONDS)
                + ", Total samples = " + total(profile, values));
        long samples = profile.totalSamples();
        int stacks = profile.stacks().size();
        lines.add("Samples: " + samples + (samples == 1 ? " sample" : " samples") + " in " + stacks
                + (stacks == 1 ? " distinct stack" : " distinct stacks"));
        lines.add("Backend: " + info.backend() + " (" + info.engine() + ")");
        lines.add("Event: " + info.event() + ", interval "
                + (info.period() <= 0 ? "unknown" : ValueFormat.label(info.period(), kind.unit())));
        lines.add("JVM: " + info.jvm());
        lines.add("Collector: " + info.collector());
        for (String note : info.notes()) {
            if (!note.isBlank()) {
                lines.add("Note: " + note.strip());
            }
        }
        return lines;
    }

    /** {@code Nov 24, 2025 at 4:00pm (UTC)}, as pprof prints it. */
    static String time(Instant instant, ZoneId zone) {
        var at = instant.atZone(zone);
        String zoneName = ZONE.format(at);
        if (zoneName.equals("Z")) {
            zoneName = "UTC";
        }
        return DAY_AND_TIME.format(at) + AM_PM.format(at).toLowerCase(Locale.ROOT) + " (" + zoneName + ")";
    }

    private static String total(StackProfile profile, Values values) {
        long total = values.total();
        if (values.countsSamples()) {
            return total + " (no " + profile.kind().measure() + " recorded: widths are sample counts)";
        }
        String line = ValueFormat.label(total, values.unit());
        var wall = profile.info().duration();
        if (wall.isZero()) {
            return line;
        }
        // CPU time of many threads may exceed the wall time: pprof prints the share as it is.
        return line + " (" + (values.unit() == ValueUnit.NANOSECONDS
                ? ValueFormat.percent(total, wall.toNanos())
                : ValueFormat.rate(total, wall, values.unit())) + ")";
    }
}
