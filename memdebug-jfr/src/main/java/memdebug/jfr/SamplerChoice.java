package memdebug.jfr;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPU sampler asked for with the system property {@code memdebug.jfr.sampler}:
 * {@code auto} (the default: JFR's CPU-time sampler where the JVM has it, else execution
 * samples), {@code cpu-time} or {@code execution}.
 */
enum SamplerChoice {
    AUTO, CPU_TIME, EXECUTION;

    /** The property's name. */
    static final String PROPERTY = "memdebug.jfr.sampler";

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.jfr");

    /** The choice the property names; a bad value is logged and {@link #AUTO} used. */
    static SamplerChoice fromProperty() {
        String value;
        try {
            value = System.getProperty(PROPERTY);
        } catch (SecurityException e) {
            return AUTO;
        }
        return parse(value);
    }

    /** {@code null} or empty is {@link #AUTO}; a bad value is logged and {@link #AUTO} used. */
    static SamplerChoice parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto":
                return AUTO;
            case "cpu-time":
            case "cputime":
                return CPU_TIME;
            case "execution":
                return EXECUTION;
            default:
                LOG.warn("{}={} is not valid (expected auto, cpu-time or execution); using auto", PROPERTY,
                        value.length() > 40 ? value.substring(0, 40) + "…" : value);
                return AUTO;
        }
    }
}
