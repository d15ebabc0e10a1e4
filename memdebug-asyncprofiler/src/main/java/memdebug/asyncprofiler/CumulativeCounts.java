package memdebug.asyncprofiler;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns cumulative dumps into intervals. async-profiler counts samples per thread and stack from
 * its start; each dump is compared with the counts of the previous one, and only what grew is
 * handed out, so no sample is lost or counted twice while the profiler keeps running.
 *
 * <p>Counts are kept per thread id and stack (not per thread name), so a thread that is renamed
 * between dumps neither loses nor repeats its history: each sample goes to the name the thread
 * has at the dump that first sees it. Memory holds one entry per distinct (thread, stack) pair
 * seen in the session: the pairs async-profiler itself keeps and lists in every dump.
 */
final class CumulativeCounts {

    private final Map<ThreadStack, Long> previous = new HashMap<>();

    /**
     * The samples added since the previous call, merged per stack over threads, leaving out
     * threads whose names {@code excluded} accepts. Duplicate lines of one dump (the same frames
     * reached from different bytecode positions) are added up first; a count that shrank yields
     * nothing, never a negative number.
     *
     * @return stack text to positive sample increments, in dump order
     */
    Map<String, Long> advance(List<CollapsedLine> dump, Predicate<String> excluded) {
        Map<ThreadStack, Long> now = new LinkedHashMap<>();
        Map<ThreadStack, Boolean> dropped = new HashMap<>();
        for (CollapsedLine line : dump) {
            ThreadStack key = new ThreadStack(line.tid(), line.stack());
            now.merge(key, line.count(), Long::sum);
            dropped.putIfAbsent(key, excluded.test(line.threadName()));
        }
        Map<String, Long> grown = new LinkedHashMap<>();
        now.forEach((key, count) -> {
            long before = previous.getOrDefault(key, 0L);
            if (count > before) {
                previous.put(key, count);
                if (!dropped.get(key) && !key.stack().isEmpty()) {
                    grown.merge(key.stack(), count - before, Long::sum);
                }
            }
        });
        return grown;
    }

    /** How many (thread, stack) pairs are remembered. */
    int size() {
        return previous.size();
    }

    /** Forgets all counts. */
    void clear() {
        previous.clear();
    }
}
