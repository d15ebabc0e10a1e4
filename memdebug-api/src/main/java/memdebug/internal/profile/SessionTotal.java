package memdebug.internal.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import memdebug.spi.Frame;
import memdebug.spi.StackSample;

/**
 * The whole session's counts for one profile kind, added to at every drain and read once at the
 * end. Frames are interned and stacks kept as arrays of frame ids, so a long session costs one
 * small int array and two longs per distinct stack, however many times the backend hands the same
 * frames over as new objects. Used by the memdebug profiler thread only.
 */
final class SessionTotal {

    private final Map<Frame, Integer> ids = new HashMap<>();
    private final List<Frame> frames = new ArrayList<>();
    private final Map<Stack, long[]> counts = new HashMap<>();

    /** A stack of frame ids, compared by content. */
    private record Stack(int[] ids, int hash) {
        static Stack of(int[] ids) {
            return new Stack(ids, Arrays.hashCode(ids));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Stack s && s.hash == hash && Arrays.equals(s.ids, ids);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Adds a drain's stacks; empty stacks and stacks without samples are ignored. */
    void addAll(List<StackSample> stacks) {
        for (StackSample s : stacks) {
            if (s.frames().isEmpty() || s.samples() <= 0) {
                continue;
            }
            int[] key = new int[s.frames().size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = ids.computeIfAbsent(s.frames().get(i), f -> {
                    frames.add(f);
                    return frames.size() - 1;
                });
            }
            long[] c = counts.computeIfAbsent(Stack.of(key), k -> new long[2]);
            c[0] = saturated(c[0] + s.samples());
            c[1] = saturated(c[1] + s.weight());
        }
    }

    /** Distinct stacks counted. */
    int size() {
        return counts.size();
    }

    /** Everything counted, as stacks sharing one frame object per distinct frame. */
    List<StackSample> stacks() {
        List<StackSample> out = new ArrayList<>(counts.size());
        counts.forEach((stack, c) -> {
            Frame[] f = new Frame[stack.ids().length];
            for (int i = 0; i < f.length; i++) {
                f[i] = frames.get(stack.ids()[i]);
            }
            out.add(new StackSample(Arrays.asList(f), c[0], c[1]));
        });
        return out;
    }

    private static long saturated(long v) {
        return v < 0 ? Long.MAX_VALUE : v;
    }
}
