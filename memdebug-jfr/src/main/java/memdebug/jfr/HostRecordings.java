package memdebug.jfr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/**
 * The JFR recordings that run in this JVM before memdebug starts its own: their names and settings.
 * JFR applies to every running recording the union of their settings (an event is recorded when
 * one of them enables it, at the shortest period and highest rate any of them asks), so memdebug
 * reads these to ask for nothing more.
 *
 * @param names    the recordings' names, for the log and the legend
 * @param settings each recording's settings, keys such as {@code jdk.ExecutionSample#period}
 */
record HostRecordings(List<String> names, List<Map<String, String>> settings) {

    private static final Pattern SPAN = Pattern.compile("\\s*(\\d+)\\s*(ns|us|µs|ms|s|m|h|d)\\s*");
    private static final Pattern RATE = Pattern.compile("\\s*(\\d+)\\s*/\\s*(ns|us|µs|ms|s|m|h|d)\\s*");

    /** Copies the lists. */
    HostRecordings {
        names = List.copyOf(names);
        settings = settings.stream().map(Map::copyOf).toList();
    }

    /** No recording runs. */
    static HostRecordings none() {
        return new HostRecordings(List.of(), List.of());
    }

    /** The recordings running now in this JVM; initializes the Flight Recorder. */
    static HostRecordings running() {
        List<String> names = new ArrayList<>();
        List<Map<String, String>> settings = new ArrayList<>();
        for (Recording r : FlightRecorder.getFlightRecorder().getRecordings()) {
            if (r.getState() == RecordingState.RUNNING) {
                names.add(r.getName());
                settings.add(r.getSettings());
            }
        }
        return new HostRecordings(names, settings);
    }

    /** True when no recording of the host runs. */
    boolean isEmpty() {
        return settings.isEmpty();
    }

    /** True when some recording enables {@code event} (with stack traces, where the event has that setting). */
    boolean records(String event) {
        return settings.stream().anyMatch(s -> enables(s, event));
    }

    private static boolean enables(Map<String, String> s, String event) {
        return "true".equalsIgnoreCase(s.getOrDefault(event + "#enabled", "false").trim())
                && !"false".equalsIgnoreCase(s.getOrDefault(event + "#stackTrace", "true").trim());
    }

    /** The value of {@code event#setting} in the recordings that record the event, in order. */
    List<String> values(String event, String setting) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> s : settings) {
            String v = s.get(event + "#" + setting);
            if (enables(s, event) && v != null) {
                out.add(v.trim());
            }
        }
        return out;
    }

    /** The shortest {@code event#period} of the recordings that record it: the period JFR uses for all. */
    Optional<Duration> shortestPeriod(String event) {
        return values(event, "period").stream().map(HostRecordings::span).flatMap(Optional::stream)
                .min(Duration::compareTo);
    }

    /** The {@code event#throttle} of the highest rate among the recordings that record it; a value JFR merges with no change. */
    Optional<String> highestRate(String event) {
        List<String> values = values(event, "throttle");
        return values.stream().filter(v -> perSecond(v) >= 0)
                .max((a, b) -> Double.compare(perSecond(a), perSecond(b))).or(() -> values.stream().findFirst());
    }

    /** A JFR time span such as {@code 20 ms}; empty for other values ({@code everyChunk}, {@code off}). */
    static Optional<Duration> span(String value) {
        Matcher m = SPAN.matcher(value == null ? "" : value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "ns" -> Duration.ofNanos(n);
                case "us", "µs" -> Duration.ofNanos(Math.multiplyExact(n, 1_000));
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty(); // more digits than a long holds
        }
    }

    /** A JFR rate such as {@code 150/s} in events per second; -1 for other values. */
    static double perSecond(String value) {
        Matcher m = RATE.matcher(value == null ? "" : value);
        if (!m.matches()) {
            return -1;
        }
        Duration unit = span("1 " + m.group(2)).orElseThrow();
        return Double.parseDouble(m.group(1)) * 1e9 / unit.toNanos();
    }
}
