package memdebug.spi;

/**
 * The unit of a profile's weights. Reports format values and word totals from it: times as
 * {@code 1.50s}, bytes as {@code 12.5MB}, counts as plain numbers.
 */
public enum ValueUnit {
    /** Time, in nanoseconds. */
    NANOSECONDS("nanoseconds"),
    /** Memory, in bytes. */
    BYTES("bytes"),
    /** A plain count, for example of samples or events. */
    COUNT("count");

    private final String id;

    ValueUnit(String id) {
        this.id = id;
    }

    /** The unit's name as pprof writes it in a sample type: {@code nanoseconds}, {@code bytes}, {@code count}. */
    public String id() {
        return id;
    }
}
