package memdebug.html;

import memdebug.spi.ValueUnit;

/**
 * The units the page's script formats hover values in, as {@code memdebug.spi.ValueFormat} formats
 * them in Java ({@code 600ms}, {@code 1.50MB}): the same names and sizes, which ValueFormat keeps to
 * itself. A test checks each against {@code ValueFormat.label}, so the two cannot drift apart.
 */
final class UnitScales {

    private UnitScales() {
    }

    /** The unit names of {@code unit}, smallest first; one empty name for counts. */
    static String[] names(ValueUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> new String[] {"ns", "us", "ms", "s", "hrs"};
            case BYTES -> new String[] {"B", "kB", "MB", "GB", "TB", "PB"};
            case COUNT -> new String[] {""};
        };
    }

    /** How many of the base unit each of {@link #names} is. */
    static long[] sizes(ValueUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> new long[] {1, 1_000, 1_000_000, 1_000_000_000, 3_600_000_000_000L};
            case BYTES -> new long[] {1, 1L << 10, 1L << 20, 1L << 30, 1L << 40, 1L << 50};
            case COUNT -> new long[] {1};
        };
    }
}
