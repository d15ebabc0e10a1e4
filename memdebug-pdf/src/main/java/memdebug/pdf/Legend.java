package memdebug.pdf;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memdebug.spi.ProfileInfo;
import memdebug.spi.StackProfile;

/**
 * The lines of the legend box, worded like {@code go tool pprof}'s legend and extended with what a
 * JVM profile needs: how it was sampled, on which JVM, and what the flame graph leaves out.
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
     * @param profile     the profile drawn
     * @param basis       what widths and values measure
     * @param values      the unit of the report's values
     * @param layout      the flame graph, for what it pruned
     * @param minWidthPt  the narrowest box drawn, in points
     * @param zone        the time zone of the {@code Time:} line
     */
    static List<String> lines(StackProfile profile, WeightBasis basis, ValueFormat values,
                              FlameLayout layout, float minWidthPt, ZoneId zone) {
        ProfileInfo info = profile.info();
        long total = layout.total();
        List<String> lines = new ArrayList<>();
        lines.add("File: " + info.program());
        lines.add("Type: " + profile.kind().id());
        lines.add("Time: " + time(info.start(), zone));
        lines.add("Duration: " + ValueFormat.duration(info.duration().toNanos()) + ", " + totalSamples(basis, values, total, info.duration()));
        long samples = profile.totalSamples();
        lines.add("Samples: " + samples + (samples == 1 ? " sample" : " samples") + " in " + profile.stacks().size()
                + (profile.stacks().size() == 1 ? " distinct stack" : " distinct stacks"));
        lines.add("Backend: " + info.backend() + " (" + info.engine() + ")");
        lines.add("Event: " + info.event() + ", interval " + interval(info.period()));
        lines.add("JVM: " + info.jvm());
        lines.add("Collector: " + info.collector());
        lines.add(pruned(basis, layout, minWidthPt));
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

    private static String totalSamples(WeightBasis basis, ValueFormat values, long total, Duration wall) {
        if (basis == WeightBasis.SAMPLES) {
            return "Total samples = " + total + " (no CPU time recorded: widths are sample counts)";
        }
        String line = "Total samples = " + values.format(total);
        // CPU time of many threads may exceed the wall time: pprof prints the share as it is.
        return wall.isZero() ? line : line + " (" + ValueFormat.percent(total, wall.toNanos()) + ")";
    }

    private static String interval(long period) {
        return period <= 0 ? "unknown" : ValueFormat.duration(period);
    }

    private static String pruned(WeightBasis basis, FlameLayout layout, float minWidthPt) {
        String threshold = basis == WeightBasis.SAMPLES
                ? trimmed(layout.minWeight()) + " samples"
                : ValueFormat.duration((long) Math.ceil(layout.minWeight()));
        String line = "Pruned: " + layout.prunedFrames() + (layout.prunedFrames() == 1 ? " frame" : " frames")
                + " narrower than " + trimmed(minWidthPt) + "pt (" + threshold + ")";
        if (layout.truncatedFrames() > 0) {
            line += "; " + layout.truncatedFrames() + " frames deeper than " + layout.depthLimit()
                    + " levels (deepest stack: " + layout.deepestStack() + ")";
        }
        return line;
    }

    private static String trimmed(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
