package memdebug.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread-safe running count of samples per distinct stack, for backends. Adding the same stack
 * twice adds its counts; {@link #drain()} hands over everything counted so far and starts again
 * from zero, so no sample is lost or counted twice between two drains.
 */
public final class StackTally {

    private Map<List<Frame>, long[]> counts = new HashMap<>();

    /**
     * Counts samples for a stack.
     *
     * @param frames  root first; null or empty stacks are ignored
     * @param samples samples to add; values of 0 or less are ignored
     * @param weight  weight to add, in the kind's unit; negative values count as 0
     */
    public void add(List<Frame> frames, long samples, long weight) {
        if (frames == null || frames.isEmpty() || samples <= 0) {
            return;
        }
        List<Frame> key = List.copyOf(frames);
        synchronized (this) {
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[0] += samples;
            c[1] += Math.max(0, weight);
        }
    }

    /**
     * Adds weight, but no sample, to a stack counted since the last drain.
     *
     * @param frames root first
     * @param weight weight to add, in the kind's unit; negative values count as 0
     * @return false, adding nothing, when the stack has not been counted since the last drain
     */
    public boolean addWeight(List<Frame> frames, long weight) {
        if (frames == null) {
            return false;
        }
        synchronized (this) {
            long[] c = counts.get(frames);
            if (c == null) {
                return false;
            }
            c[1] += Math.max(0, weight);
            return true;
        }
    }

    /** Adds every stack of {@code stacks}; null is ignored. */
    public void addAll(List<StackSample> stacks) {
        if (stacks == null) {
            return;
        }
        for (StackSample s : stacks) {
            add(s.frames(), s.samples(), s.weight());
        }
    }

    /** How many distinct stacks are counted now. */
    public synchronized int size() {
        return counts.size();
    }

    /** Everything counted so far, without resetting. */
    public List<StackSample> snapshot() {
        synchronized (this) {
            return toSamples(counts);
        }
    }

    /** Everything counted since the previous drain; the tally starts again from zero. */
    public List<StackSample> drain() {
        Map<List<Frame>, long[]> taken;
        synchronized (this) {
            taken = counts;
            counts = new HashMap<>();
        }
        return toSamples(taken);
    }

    private static List<StackSample> toSamples(Map<List<Frame>, long[]> map) {
        List<StackSample> out = new ArrayList<>(map.size());
        map.forEach((frames, c) -> out.add(new StackSample(frames, c[0], c[1])));
        return out;
    }
}
