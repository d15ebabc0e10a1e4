package memdebug.spi;

import java.util.Objects;

/**
 * Whether a provider can work on this platform, and if not, why and what to do about it.
 *
 * @param available true when the provider can be used
 * @param reason    empty when available; otherwise a sentence for the log saying why not and
 *                  what the user can do
 */
public record Availability(boolean available, String reason) {

    private static final Availability AVAILABLE = new Availability(true, "");

    /** Normalises a null reason to a generic one; never throws. */
    public Availability {
        reason = Objects.requireNonNullElse(reason, available ? "" : "no reason given");
    }

    /** The provider can be used. */
    public static Availability yes() {
        return AVAILABLE;
    }

    /**
     * The provider cannot be used.
     *
     * @param reason why, and what to do; null becomes "no reason given"
     */
    public static Availability no(String reason) {
        return new Availability(false, reason);
    }
}
