package memdebug.internal.line;

import org.fusesource.jansi.Ansi;
import org.fusesource.jansi.Ansi.Attribute;

/**
 * The escape sequences of the line's colors, the same bytes as the Go original's. Colors are
 * built once with Jansi's {@code new Ansi()}, which never consults or changes Jansi's global
 * switch; the reset is Go's {@code ESC[0m}, spelled out since Jansi writes the shorter {@code ESC[m}.
 */
public record Palette(String elapsed, String threads, String consumed, String freed, String osPeak,
                      String osSteady, String allocated, String what, String reset) {

    private static final String RESET = "\u001b[0m";

    /** Colors as the Go memdebug prints them. */
    public static final Palette COLOR = new Palette(
            new Ansi().fgYellow().toString(),
            new Ansi().fgCyan().toString(),
            new Ansi().a(Attribute.INTENSITY_BOLD).fgYellow().toString(),
            new Ansi().fgGreen().toString(),
            new Ansi().a(Attribute.INTENSITY_BOLD).fgRed().toString(),
            RESET,
            new Ansi().fgCyan().toString(),
            new Ansi().fgMagenta().toString(),
            RESET);

    /** No escape sequences at all. */
    public static final Palette PLAIN = new Palette("", "", "", "", "", "", "", "", "");
}
