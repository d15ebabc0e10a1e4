package memdebug.jfr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evens out JFR's allocation weights per thread and second. JFR weighs an allocation sample by
 * the bytes its thread allocated since the thread's previous sample; the throttle leaves gaps, so
 * single samples carry up to seconds of allocation and the split between stacks swings far (a
 * planted 3:1 split read 0.67 to 0.94 over runs of 1,000 samples). Within one thread and second,
 * samples are taken at TLAB refills, whose size the JVM adapts per thread, so they fall in
 * proportion to the bytes each stack allocates: each sample of a thread's second gets an equal
 * share of the bytes JFR weighed for that thread and second. Totals per thread and second stay
 * to the byte, threads keep JFR's weighing against each other, and within a thread the split
 * follows the sample counts (0.70 to 0.77 on the same runs).
 */
final class AllocationWeights {

    private static final long SECOND = 1_000_000_000L;

    private AllocationWeights() {
    }

    private record ThreadSecond(long threadId, long second) {
    }

    /**
     * The samples with their weights evened out per thread and second of {@code epochNanos}; the
     * sum of the weights of each thread's second is kept to the byte (saturating at
     * {@link Long#MAX_VALUE}).
     */
    static List<TimedSample> perThreadSecond(List<TimedSample> samples) {
        Map<ThreadSecond, List<TimedSample>> seconds = new LinkedHashMap<>();
        for (TimedSample s : samples) {
            seconds.computeIfAbsent(new ThreadSecond(s.threadId(), Math.floorDiv(s.epochNanos(), SECOND)),
                    k -> new ArrayList<>()).add(s);
        }
        List<TimedSample> out = new ArrayList<>(samples.size());
        for (List<TimedSample> second : seconds.values()) {
            long total = 0;
            for (TimedSample s : second) {
                total = saturatedAdd(total, s.weight());
            }
            long share = total / second.size();
            long rest = total % second.size();
            for (TimedSample s : second) {
                long w = share + (rest-- > 0 ? 1 : 0);
                out.add(new TimedSample(s.epochNanos(), s.kind(), s.threadId(), s.frames(), w));
            }
        }
        return out;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
