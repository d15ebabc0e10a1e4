package memdebug.internal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import memdebug.internal.line.DatumRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * memdebug's configuration, read once from {@code memdebug.*} system properties and
 * {@code MEMDEBUG_*} environment variables (a property wins over the variable). A bad value is
 * logged and the default used.
 */
public record Settings(Path dir, boolean gc, ColorMode color, Duration interval, String metrics,
                       List<String> report, List<String> profiles, long allocInterval, int maxData, boolean writeOnExit,
                       OutputTarget output, int classes) {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.config");

    /**
     * The most characters {@code maxData} can be: the label and data of one line never exceed
     * this many, so a larger value (such as {@code 2147483647} for "unlimited") means this one.
     */
    public static final int MAX_DATA_LIMIT = DatumRenderer.WHAT_LIMIT;

    /** The most classes a class line names; more would not fit a terminal line anyway. */
    public static final int MAX_CLASSES = 20;

    /** The longest sampling interval; a longer one would only overflow the samplers' clocks. */
    public static final Duration MAX_INTERVAL = Duration.ofMinutes(1);

    /** How a setting's value is shown in the log: cut and escaped, as a datum is in the line. */
    private static final DatumRenderer SHOWN = new DatumRenderer(64);

    /** These settings with GC mode {@code on}. */
    public Settings withGc(boolean on) {
        return new Settings(dir, on, color, interval, metrics, report, profiles, allocInterval, maxData, writeOnExit, output, classes);
    }

    /** These settings with reports going to {@code folder}. */
    public Settings withDir(Path folder) {
        return new Settings(folder, gc, color, interval, metrics, report, profiles, allocInterval, maxData, writeOnExit, output, classes);
    }

    /** These settings with the sampling interval {@code every}; above {@link #MAX_INTERVAL}: capped, logged. */
    public Settings withInterval(Duration every) {
        if (every.compareTo(MAX_INTERVAL) > 0) {
            LOG.warn("a sampling interval of {} is above the limit of 1m; using 1m", every);
            every = MAX_INTERVAL;
        }
        return new Settings(dir, gc, color, every, metrics, report, profiles, allocInterval, maxData, writeOnExit, output, classes);
    }

    /** These settings with allocation samples every {@code bytes}. */
    public Settings withAllocInterval(long bytes) {
        return new Settings(dir, gc, color, interval, metrics, report, profiles, bytes, maxData, writeOnExit, output, classes);
    }

    /** These settings with the profile kinds {@code ids} (empty: every kind the backend offers). */
    public Settings withProfiles(List<String> ids) {
        return new Settings(dir, gc, color, interval, metrics, report, List.copyOf(ids), allocInterval, maxData, writeOnExit,
                output, classes);
    }

    /** These settings with writing on exit {@code on}. */
    public Settings withWriteOnExit(boolean on) {
        return new Settings(dir, gc, color, interval, metrics, report, profiles, allocInterval, maxData, on, output, classes);
    }

    /** These settings with {@code n} classes on a class line; negative: unchanged. */
    public Settings withClasses(int n) {
        return n < 0 ? this : new Settings(dir, gc, color, interval, metrics, report, profiles, allocInterval, maxData,
                writeOnExit, output, n);
    }

    /** The defaults, ignoring properties and environment. */
    public static Settings defaults() {
        return new Settings(Path.of(""), true, ColorMode.AUTO, Duration.ofMillis(10), "", List.of(), List.of(),
                512 * 1024, 256, true, OutputTarget.STDOUT, 3);
    }

    /** Reads the JVM's system properties and the process environment. */
    public static Settings fromEnvironment() {
        return from(System::getProperty, System::getenv);
    }

    /**
     * Reads settings through the given look-ups.
     *
     * @param properties look-up of system properties by full name ({@code memdebug.gc})
     * @param environment look-up of environment variables by name ({@code MEMDEBUG_GC})
     */
    public static Settings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        Source s = new Source(properties, environment);
        Settings d = defaults();
        ColorMode color = s.choice("color", ColorMode.class, d.color());
        String noColor = environment.apply("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            color = ColorMode.NEVER;
        }
        return new Settings(
                s.dir("dir", d.dir()),
                s.bool("gc", d.gc()),
                color,
                s.interval("interval", d.interval()),
                s.text("metrics", d.metrics()),
                s.list("report", d.report()),
                s.list("profiles", d.profiles()),
                s.bytes("allocInterval", d.allocInterval()),
                s.positiveInt("maxData", d.maxData(), MAX_DATA_LIMIT, " characters"),
                s.bool("writeOnExit", d.writeOnExit()),
                s.choice("output", OutputTarget.class, d.output()),
                s.count("classes", d.classes(), MAX_CLASSES));
    }

    /** Looks a key up as {@code memdebug.key}, then as {@code MEMDEBUG_KEY}. */
    private record Source(UnaryOperator<String> properties, UnaryOperator<String> environment) {

        String raw(String key) {
            String v = safe(properties, "memdebug." + key);
            if (v == null) {
                v = safe(environment, envName(key));
            }
            return v == null ? null : v.trim();
        }

        static String envName(String key) {
            return "MEMDEBUG_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        }

        private static String safe(UnaryOperator<String> lookup, String name) {
            try {
                return lookup.apply(name);
            } catch (RuntimeException e) {
                return null; // e.g. a SecurityException: treat as unset
            }
        }

        String text(String key, String dflt) {
            String v = raw(key);
            return v == null ? dflt : v;
        }

        boolean bool(String key, boolean dflt) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true": case "on": case "yes": case "1":
                    return true;
                case "false": case "off": case "no": case "0":
                    return false;
                default:
                    return bad(key, v, "true or false", dflt);
            }
        }

        /** A comma-separated list, entries trimmed, empty entries dropped. */
        List<String> list(String key, List<String> dflt) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            List<String> out = new ArrayList<>();
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim().toLowerCase(Locale.ROOT));
                }
            }
            return List.copyOf(out);
        }

        /** A size in bytes: {@code 524288}, {@code 512k}, {@code 1m}, {@code 2g} (binary multiples, case ignored). */
        long bytes(String key, long dflt) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            String t = v.toLowerCase(Locale.ROOT);
            if (t.endsWith("b")) {
                t = t.substring(0, t.length() - 1);
            }
            int shift = 0;
            if (!t.isEmpty() && "kmg".indexOf(t.charAt(t.length() - 1)) >= 0) {
                shift = 10 * ("kmg".indexOf(t.charAt(t.length() - 1)) + 1);
                t = t.substring(0, t.length() - 1);
            }
            try {
                long n = Long.parseLong(t.trim());
                if (n > 0 && n <= (Long.MAX_VALUE >> shift)) {
                    return n << shift;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            return bad(key, v, "a size in bytes above 0, such as 524288, 512k or 1m", dflt);
        }

        /** A whole number from 1 to {@code max}; a larger one, however large, is capped at {@code max}. */
        int positiveInt(String key, int dflt, int max, String unit) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            if (v.matches("\\+?[0-9]+")) {
                String digits = v.replaceFirst("^\\+?0*", "");
                if (digits.length() > 10 || Long.parseLong(digits.isEmpty() ? "0" : digits) > max) {
                    return above(key, v, max + unit, max);
                }
                int n = Integer.parseInt(digits.isEmpty() ? "0" : digits);
                if (n > 0) {
                    return n;
                }
            }
            return bad(key, v, "a whole number above 0", dflt);
        }

        /** A whole number from 0 to {@code max}; a larger one, however large, is capped at {@code max}. */
        int count(String key, int dflt, int max) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            if (v.matches("\\+?[0-9]+")) {
                String digits = v.replaceFirst("^\\+?0*", "");
                if (digits.length() > 10 || Long.parseLong(digits.isEmpty() ? "0" : digits) > max) {
                    return above(key, v, Integer.toString(max), max);
                }
                return Integer.parseInt(digits.isEmpty() ? "0" : digits);
            }
            return bad(key, v, "a whole number, 0 or more", dflt);
        }

        Duration interval(String key, Duration dflt) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            Duration d = DurationParser.parse(v);
            if (d == null || d.isNegative() || d.isZero()) {
                return bad(key, v, "a positive duration such as 10ms, 500us or 1s (a bare number means ms)", dflt);
            }
            if (d.compareTo(MAX_INTERVAL) > 0) {
                return above(key, v, "1m", MAX_INTERVAL);
            }
            return d;
        }

        Path dir(String key, Path dflt) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            try {
                return Path.of(v);
            } catch (RuntimeException e) {
                return bad(key, v, "a folder path", dflt);
            }
        }

        <E extends Enum<E>> E choice(String key, Class<E> type, E dflt) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            StringBuilder allowed = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
            }
            return bad(key, v, "one of " + allowed, dflt);
        }

        private static <T> T bad(String key, String value, String expected, T dflt) {
            LOG.warn("memdebug.{}={} is not valid (expected {}); using {}", key, shown(value), expected,
                    dflt instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : dflt);
            return dflt;
        }

        private static <T> T above(String key, String value, String limit, T max) {
            LOG.warn("memdebug.{}={} is above the limit of {}; using {}", key, shown(value), limit,
                    max instanceof Duration ? limit : max);
            return max;
        }

    }

    /** How a configured value is shown in the log: at most 64 characters, control characters escaped. */
    public static String shown(String value) {
        StringBuilder b = new StringBuilder();
        SHOWN.append(b, value);
        return b.toString();
    }
}
