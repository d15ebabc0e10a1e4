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
 * frames over as new objects. Past {@link #MAX_STACKS} distinct stacks, a new stack is kept by its
 * {@link #KEPT_FRAMES} innermost frames under one marker frame, so memory stays bounded in long
 * sessions while every sample still counts (with its flat function exact). Used by the memdebug
 * profiler thread only.
 */
final class SessionTotal {

    /** Distinct stacks kept whole per kind and session; about 80 MB at most for 64-frame stacks of unique frames. */
    static final int MAX_STACKS = 100_000;
    /** Innermost frames kept of a stack past the limit. */
    static final int KEPT_FRAMES = 16;
    private static final Frame CUT = new Frame("[memdebug: more than 100,000 distinct stacks; innermost 16 frames kept]",
            memdebug.spi.FrameKind.NATIVE);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("memdebug.profile");

    private final Map<Frame, Integer> ids = new HashMap<>();
    private final List<Frame> frames = new ArrayList<>();
    private final Map<Stack, long[]> counts = new HashMap<>();
    private long cutSamples;

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
            Stack key = Stack.of(intern(s.frames()));
            long[] c = counts.get(key);
            if (c == null && counts.size() >= MAX_STACKS) {
                List<Frame> inner = s.frames().subList(Math.max(0, s.frames().size() - KEPT_FRAMES), s.frames().size());
                List<Frame> kept = new ArrayList<>(inner.size() + 1);
                kept.add(CUT);
                kept.addAll(inner);
                key = Stack.of(intern(kept));
                c = counts.get(key);
                if (cutSamples == 0) {
                    LOG.warn("memdebug: this session has more than {} distinct stacks; later new stacks keep their innermost {} "
                            + "frames only (the report says how many samples)", MAX_STACKS, KEPT_FRAMES);
                }
                cutSamples = saturated(cutSamples + s.samples());
                if (c == null && counts.size() >= MAX_STACKS + MAX_STACKS / 10) {
                    key = Stack.of(intern(List.of(CUT))); // even the cut stacks are too many: count them at the marker
                    c = counts.get(key);
                }
            }
            if (c == null) {
                c = new long[2];
                counts.put(key, c);
            }
            c[0] = saturated(c[0] + s.samples());
            c[1] = saturated(c[1] + s.weight());
        }
    }

    private int[] intern(List<Frame> stack) {
        int[] key = new int[stack.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = ids.computeIfAbsent(stack.get(i), f -> {
                frames.add(f);
                return frames.size() - 1;
            });
        }
        return key;
    }

    /** What a reader of the session's report should know about this total; empty when nothing was cut. */
    List<String> notes() {
        return cutSamples == 0 ? List.of() : List.of(cutSamples + " samples came after the session's first "
                + MAX_STACKS + " distinct stacks: memdebug kept their innermost " + KEPT_FRAMES + " frames only");
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
