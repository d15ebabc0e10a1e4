package memdebug.asyncprofiler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memdebug.spi.Frame;
import memdebug.spi.ProfileKind;
import memdebug.spi.Samples;
import memdebug.spi.StackSample;

/**
 * Cuts timed samples into intervals at the times memdebug asks for: a drain hands out the samples
 * taken at or before its {@code until}, merged per stack, and holds the later ones for the next
 * drain. Every sample given to {@link #take} is handed out exactly once. Samples held are only
 * those taken between an interval's end and the moment its drain ran, a few milliseconds' worth.
 */
final class IntervalCut {

    private final List<ProfileKind> kinds;
    private List<TimedSample> held = new ArrayList<>();

    /** @param kinds the kinds every result lists, empty or not, in this order */
    IntervalCut(List<ProfileKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** Holds {@code fresh} samples, read ahead of a drain, for the next one. */
    void hold(List<TimedSample> fresh) {
        held.addAll(fresh);
    }

    /**
     * The samples held and {@code fresh} ones taken at or before {@code until}; later ones are
     * held. With {@code everything} (the last drain) nothing is held.
     */
    Samples take(List<TimedSample> fresh, Instant until, boolean everything) {
        long limit = everything ? Long.MAX_VALUE : TimedSample.epochNanos(until);
        // Samples of one stack share one frame list (JfrSamples caches them): count per list first,
        // then merge equal lists from different chunks.
        Map<ProfileKind, Map<List<Frame>, long[]>> byList = new LinkedHashMap<>();
        for (ProfileKind k : kinds) {
            byList.put(k, new IdentityHashMap<>());
        }
        List<TimedSample> later = new ArrayList<>();
        for (List<TimedSample> batch : List.of(held, fresh)) {
            for (TimedSample s : batch) {
                Map<List<Frame>, long[]> counts = byList.get(s.kind());
                if (counts == null) {
                    continue;
                }
                if (s.time() <= limit) {
                    long[] c = counts.computeIfAbsent(s.frames(), f -> new long[2]);
                    c[0]++;
                    c[1] = saturated(c[1] + s.weight());
                } else {
                    later.add(s);
                }
            }
        }
        held = later;
        Map<ProfileKind, List<StackSample>> out = new LinkedHashMap<>();
        byList.forEach((k, counts) -> out.put(k, merged(counts)));
        return new Samples(out);
    }

    private static List<StackSample> merged(Map<List<Frame>, long[]> counts) {
        Map<List<Frame>, long[]> equal = new HashMap<>();
        counts.forEach((frames, c) -> equal.merge(frames, c, (a, b) -> new long[] {a[0] + b[0], saturated(a[1] + b[1])}));
        List<StackSample> out = new ArrayList<>(equal.size());
        equal.forEach((frames, c) -> out.add(new StackSample(frames, c[0], c[1])));
        return out;
    }

    private static long saturated(long v) {
        return v < 0 ? Long.MAX_VALUE : v;
    }

    /** Samples waiting for a later interval. */
    int held() {
        return held.size();
    }
}
