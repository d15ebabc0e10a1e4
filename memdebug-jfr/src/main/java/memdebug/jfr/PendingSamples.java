package memdebug.jfr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memdebug.spi.ProfileKind;
import memdebug.spi.Samples;
import memdebug.spi.StackSample;
import memdebug.spi.StackTally;

/**
 * Samples the stream has delivered and no drain has taken yet. The stream's thread adds; the
 * profiler thread takes those taken before a given time and leaves the later ones, so every sample
 * is handed over exactly once. Memory is bounded: past {@link #MAX_HELD} samples (about 100 s of
 * 20 busy threads at 10 ms with no dump), the older half is added up per stack and handed over
 * whole by the next drain.
 */
final class PendingSamples {

    /** Samples held one by one at most. */
    static final int MAX_HELD = 200_000;

    private List<TimedSample> held = new ArrayList<>();
    private Map<ProfileKind, StackTally> foldedTally = new LinkedHashMap<>();
    private long foldedCount;
    private boolean closed;

    /** Holds {@code sample} for a drain; ignored once closed. */
    synchronized void add(TimedSample sample) {
        if (closed) {
            return;
        }
        held.add(sample);
        if (held.size() > MAX_HELD) {
            fold();
        }
    }

    /** Adds up the older half of the held samples; the next drain hands them over whole. */
    private void fold() {
        int half = held.size() / 2;
        List<TimedSample> older = held.subList(0, half);
        Map<ProfileKind, List<TimedSample>> byKind = byKind(older);
        byKind.forEach((kind, samples) -> foldedTally.computeIfAbsent(kind, k -> new StackTally()).addAll(stacks(kind, samples)));
        foldedCount += half;
        held = new ArrayList<>(held.subList(half, held.size()));
    }

    /** How many samples were added up early because no drain came for a long time. */
    synchronized long foldedCount() {
        return foldedCount;
    }

    /** How many samples are held one by one. */
    synchronized int size() {
        return held.size();
    }

    /** Takes the samples taken before {@code epochNanos} (and any added up early); later ones stay. */
    Samples takeBefore(long epochNanos) {
        List<TimedSample> taken = new ArrayList<>();
        Map<ProfileKind, StackTally> early;
        synchronized (this) {
            List<TimedSample> kept = new ArrayList<>();
            for (TimedSample s : held) {
                (s.epochNanos() < epochNanos ? taken : kept).add(s);
            }
            held = kept;
            early = takeFolded();
        }
        return samples(taken, early);
    }

    /** Takes every sample held. */
    Samples takeAll() {
        List<TimedSample> taken;
        Map<ProfileKind, StackTally> early;
        synchronized (this) {
            taken = held;
            held = new ArrayList<>();
            early = takeFolded();
        }
        return samples(taken, early);
    }

    /** Drops everything and refuses further samples. */
    synchronized void close() {
        closed = true;
        held = new ArrayList<>();
        foldedTally = new LinkedHashMap<>();
    }

    private Map<ProfileKind, StackTally> takeFolded() {
        Map<ProfileKind, StackTally> early = foldedTally;
        foldedTally = new LinkedHashMap<>();
        return early;
    }

    private static Samples samples(List<TimedSample> taken, Map<ProfileKind, StackTally> early) {
        Map<ProfileKind, StackTally> tallies = new LinkedHashMap<>(early);
        byKind(taken).forEach((kind, samples) -> tallies.computeIfAbsent(kind, k -> new StackTally())
                .addAll(stacks(kind, samples)));
        Map<ProfileKind, List<StackSample>> out = new LinkedHashMap<>();
        tallies.forEach((kind, tally) -> out.put(kind, tally.drain()));
        return new Samples(out);
    }

    private static Map<ProfileKind, List<TimedSample>> byKind(List<TimedSample> samples) {
        Map<ProfileKind, List<TimedSample>> byKind = new LinkedHashMap<>();
        for (TimedSample s : samples) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        return byKind;
    }

    /** One stack sample per sample, allocation weights evened out per thread and second. */
    private static List<StackSample> stacks(ProfileKind kind, List<TimedSample> samples) {
        List<TimedSample> weighed = kind.equals(ProfileKind.ALLOC) ? AllocationWeights.perThreadSecond(samples) : samples;
        List<StackSample> out = new ArrayList<>(weighed.size());
        for (TimedSample s : weighed) {
            out.add(new StackSample(s.frames(), 1, s.weight()));
        }
        return out;
    }
}
