package memdebug.internal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * memdebug's configuration, read once from {@code memdebug.*} system properties and
 * {@code MEMDEBUG_*} environment variables (a property wins over the variable). A bad value is
 * logged and the default used.
 */
public record Settings(Path dir, boolean gc, ColorMode color, Duration interval, String metrics,
                       String report, int maxData, boolean writeOnExit, OutputTarget output, int classes) {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.config");

    /** These settings with GC mode {@code on}. */
    public Settings withGc(boolean on) {
        return new Settings(dir, on, color, interval, metrics, report, maxData, writeOnExit, output, classes);
    }

    /** These settings with reports going to {@code folder}. */
    public Settings withDir(Path folder) {
        return new Settings(folder, gc, color, interval, metrics, report, maxData, writeOnExit, output, classes);
    }

    /** These settings with the sampling interval {@code every}. */
    public Settings withInterval(Duration every) {
        return new Settings(dir, gc, color, every, metrics, report, maxData, writeOnExit, output, classes);
    }

    /** These settings with writing on exit {@code on}. */
    public Settings withWriteOnExit(boolean on) {
        return new Settings(dir, gc, color, interval, metrics, report, maxData, on, output, classes);
    }

    /** These settings with {@code n} classes on a class line; negative: unchanged. */
    public Settings withClasses(int n) {
        return n < 0 ? this : new Settings(dir, gc, color, interval, metrics, report, maxData, writeOnExit, output, n);
    }

    /** The defaults, ignoring properties and environment. */
    public static Settings defaults() {
        return new Settings(Path.of(""), true, ColorMode.AUTO, Duration.ofMillis(10), "", "", 256, true,
                OutputTarget.STDOUT, 3);
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
                s.text("report", d.report()),
                s.positiveInt("maxData", d.maxData()),
                s.bool("writeOnExit", d.writeOnExit()),
                s.choice("output", OutputTarget.class, d.output()),
                s.count("classes", d.classes()));
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

        int positiveInt(String key, int dflt) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            try {
                int n = Integer.parseInt(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            return bad(key, v, "a whole number above 0", dflt);
        }

        int count(String key, int dflt) {
            String v = raw(key);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            try {
                int n = Integer.parseInt(v);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
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
            LOG.warn("memdebug.{}={} is not valid (expected {}); using {}", key, value, expected,
                    dflt instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : dflt);
            return dflt;
        }
    }
}
