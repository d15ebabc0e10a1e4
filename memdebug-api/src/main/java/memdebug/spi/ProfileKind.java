package memdebug.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * What a profile measures: its id (the start of its file names: {@code cpu-001.pdf}), the unit of
 * its weights, and the words reports use for it. Reports take all their wording from the kind, so
 * a new kind is a new constant, not an edit of every report.
 *
 * @param id       lower-case id used in file names and in {@code memdebug.profiles}, for example
 *                 {@code "cpu"}; letters, digits and {@code _} only
 * @param unit     the unit of {@link StackSample#weight()}
 * @param measure  what the weights are, for sentences: {@code "CPU time"}, {@code "allocated bytes"}
 * @param leafRole what the top frame of a stack is: {@code "the running function"} for CPU,
 *                 {@code "the allocated type"} for allocations
 */
public record ProfileKind(String id, ValueUnit unit, String measure, String leafRole) {

    /** CPU time: weights are nanoseconds of CPU time; the top frame is the running function. */
    public static final ProfileKind CPU = new ProfileKind("cpu", ValueUnit.NANOSECONDS, "CPU time",
            "the running function");

    /**
     * Heap allocations: weights are bytes allocated; the top frame of each stack is the allocated
     * type, with {@link FrameKind#ALLOCATED_TYPE}.
     */
    public static final ProfileKind ALLOC = new ProfileKind("alloc", ValueUnit.BYTES, "allocated bytes",
            "the allocated type");

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the id is empty or has characters other than letters,
     *                                  digits and {@code _}, or a part is null
     */
    public ProfileKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        measure = Objects.requireNonNullElse(measure, id);
        leafRole = Objects.requireNonNullElse(leafRole, "the innermost frame");
        if (id.isEmpty() || !id.chars().allMatch(c -> c == '_' || (c < 128 && Character.isLetterOrDigit(c)))) {
            throw new IllegalArgumentException("a profile kind's id is letters, digits and _: " + id);
        }
        id = id.toLowerCase(Locale.ROOT);
    }

    /** The kinds memdebug knows by id today, in report order. */
    public static java.util.List<ProfileKind> known() {
        return java.util.List.of(CPU, ALLOC);
    }

    /**
     * Equal parts. Written out, as the record's own would be: the generated one is linked through
     * an invokedynamic bootstrap that costs a fresh JVM about 20 ms, on the thread of
     * {@code profile()}, the first time any kind is compared.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ProfileKind k && id.equals(k.id) && unit == k.unit && measure.equals(k.measure)
                && leafRole.equals(k.leafRole));
    }

    @Override
    public int hashCode() {
        return ((id.hashCode() * 31 + unit.hashCode()) * 31 + measure.hashCode()) * 31 + leafRole.hashCode();
    }

    /** The id. */
    @Override
    public String toString() {
        return id;
    }
}
