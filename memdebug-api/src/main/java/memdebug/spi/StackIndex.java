package memdebug.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A profile's stacks with functions known by name, for reports: what a flame graph and a top
 * table are drawn from. A function is a frame name: frames of one name are one function whatever
 * their {@link FrameKind kind}, source file or line, as {@code go tool pprof} aggregates by function
 * and as a flame graph draws one box per method. Each frame keeps its kind, so a report can weigh
 * the kinds of a box.
 *
 * <p>Functions get ids 0 … {@link #functions()} − 1 in name order (by Unicode code point, as Go
 * compares strings), and stacks are sorted root first by those ids, shorter before longer: the
 * order in which a depth-first walk of the flame graph's trie meets them, children in name order.
 * Stacks equal in names and kinds are merged; stacks that weigh nothing or have no frames are left
 * out, though {@link #total()} counts the latter.
 *
 * <p>Values are the stacks' weights in the kind's unit, or their sample counts when the profile
 * has samples but no weight at all ({@link #countsSamples()}). Immutable once built; memory is
 * proportional to the profile's frames.
 */
public final class StackIndex {

    private static final FrameKind[] KINDS = FrameKind.values();

    private final StackProfile profile;
    private final boolean countsSamples;
    private final String[] names;
    private final int[][] stacks;
    private final byte[][] kinds;
    private final long[] values;
    private final long total;
    private final int maxDepth;
    private final Set<FrameKind> frameKinds;

    private StackIndex(StackProfile profile, boolean countsSamples, String[] names, int[][] stacks, byte[][] kinds,
                       long[] values, long total, Set<FrameKind> frameKinds) {
        this.profile = profile;
        this.countsSamples = countsSamples;
        this.names = names;
        this.stacks = stacks;
        this.kinds = kinds;
        this.values = values;
        this.total = total;
        int deepest = 0;
        for (int[] stack : stacks) {
            deepest = Math.max(deepest, stack.length);
        }
        this.maxDepth = deepest;
        this.frameKinds = frameKinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(frameKinds);
    }

    /**
     * Indexes {@code profile}.
     *
     * @throws NullPointerException when {@code profile} is null
     */
    public static StackIndex of(StackProfile profile) {
        Objects.requireNonNull(profile, "profile");
        boolean countsSamples = profile.totalWeight() == 0 && profile.totalSamples() > 0;
        Map<String, Integer> firstSeen = new HashMap<>();
        List<String> byFirstSeen = new ArrayList<>();
        List<int[]> rawStacks = new ArrayList<>();
        List<byte[]> rawKinds = new ArrayList<>();
        List<Long> rawValues = new ArrayList<>();
        long total = 0;
        boolean[] seenKinds = new boolean[KINDS.length];
        for (StackSample sample : profile.stacks()) {
            long value = countsSamples ? sample.samples() : sample.weight();
            total = saturatedAdd(total, value);
            if (value == 0 || sample.frames().isEmpty()) {
                continue;
            }
            int[] stack = new int[sample.frames().size()];
            byte[] kind = new byte[stack.length];
            int depth = 0;
            for (Frame frame : sample.frames()) {
                Integer id = firstSeen.get(frame.name());
                if (id == null) {
                    id = byFirstSeen.size();
                    firstSeen.put(frame.name(), id);
                    byFirstSeen.add(frame.name());
                }
                stack[depth] = id;
                kind[depth++] = (byte) frame.kind().ordinal();
                seenKinds[frame.kind().ordinal()] = true;
            }
            rawStacks.add(stack);
            rawKinds.add(kind);
            rawValues.add(value);
        }

        // Renumber functions so that id order is name order.
        String[] names = byFirstSeen.toArray(new String[0]);
        Arrays.sort(names, StackIndex::compareCodePoints);
        int[] rank = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            rank[firstSeen.get(names[i])] = i;
        }
        Integer[] order = new Integer[rawStacks.size()];
        for (int i = 0; i < order.length; i++) {
            int[] stack = rawStacks.get(i);
            for (int d = 0; d < stack.length; d++) {
                stack[d] = rank[stack[d]];
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byName = Arrays.compare(rawStacks.get(a), rawStacks.get(b));
            return byName != 0 ? byName : Arrays.compare(rawKinds.get(a), rawKinds.get(b));
        });

        // Merge stacks equal in names and kinds (they differed in files or lines only).
        List<int[]> stacks = new ArrayList<>(order.length);
        List<byte[]> kinds = new ArrayList<>(order.length);
        long[] values = new long[order.length];
        for (int i : order) {
            int last = stacks.size() - 1;
            if (last >= 0 && Arrays.equals(stacks.get(last), rawStacks.get(i)) && Arrays.equals(kinds.get(last), rawKinds.get(i))) {
                values[last] = saturatedAdd(values[last], rawValues.get(i));
            } else {
                stacks.add(rawStacks.get(i));
                kinds.add(rawKinds.get(i));
                values[last + 1] = rawValues.get(i);
            }
        }
        Set<FrameKind> frameKinds = EnumSet.noneOf(FrameKind.class);
        for (FrameKind k : KINDS) {
            if (seenKinds[k.ordinal()]) {
                frameKinds.add(k);
            }
        }
        return new StackIndex(profile, countsSamples, names, stacks.toArray(new int[0][]), kinds.toArray(new byte[0][]),
                Arrays.copyOf(values, stacks.size()), total, frameKinds);
    }

    /** The profile indexed. */
    public StackProfile profile() {
        return profile;
    }

    /** The profile's kind. */
    public ProfileKind kind() {
        return profile.kind();
    }

    /**
     * True when the profile recorded samples but no weight at all (a backend that could not
     * measure), so that {@link #value(int) values} are sample counts.
     */
    public boolean countsSamples() {
        return countsSamples;
    }

    /** The unit of {@link #value(int) values}: the kind's, or {@link ValueUnit#COUNT} when {@link #countsSamples()}. */
    public ValueUnit unit() {
        return countsSamples ? ValueUnit.COUNT : kind().unit();
    }

    /** What values measure, for sentences: the kind's {@link ProfileKind#measure()}, or {@code "samples"} when {@link #countsSamples()}. */
    public String measure() {
        return countsSamples ? "samples" : kind().measure();
    }

    /** The sum of all stacks' values, stacks without frames included: the 100% of every share; saturates at {@link Long#MAX_VALUE}. */
    public long total() {
        return total;
    }

    /** How many stacks there are (after merging; only stacks with frames and a value above 0). */
    public int size() {
        return stacks.length;
    }

    /** The number of frames of stack {@code stack}; an index out of range throws {@link IndexOutOfBoundsException}. */
    public int depth(int stack) {
        return stacks[stack].length;
    }

    /** The function id at {@code depth} (0 = the outermost caller) of stack {@code stack}; an index out of range throws {@link IndexOutOfBoundsException}. */
    public int function(int stack, int depth) {
        return stacks[stack][depth];
    }

    /** The kind of the frame at {@code depth} of stack {@code stack}; an index out of range throws {@link IndexOutOfBoundsException}. */
    public FrameKind frameKind(int stack, int depth) {
        return KINDS[kinds[stack][depth]];
    }

    /** The value of stack {@code stack} (its weight, or its sample count); an index out of range throws {@link IndexOutOfBoundsException}. */
    public long value(int stack) {
        return values[stack];
    }

    /** How many functions (distinct frame names) there are. */
    public int functions() {
        return names.length;
    }

    /** The name of function {@code id}; an id out of range throws {@link IndexOutOfBoundsException}. */
    public String name(int id) {
        return names[id];
    }

    /** The number of frames of the deepest stack; 0 when there is none. */
    public int maxDepth() {
        return maxDepth;
    }

    /** The kinds of the frames of the stacks indexed, in {@link FrameKind} order: what a color key lists. */
    public Set<FrameKind> frameKinds() {
        return frameKinds;
    }

    /** Orders strings by Unicode code point, as Go orders them by their UTF-8 bytes. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
