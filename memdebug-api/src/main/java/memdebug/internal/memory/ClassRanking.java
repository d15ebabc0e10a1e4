package memdebug.internal.memory;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses the classes a class line names, from every class whose live bytes changed:
 * <ol>
 *   <li>the {@code limit} classes whose bytes changed most, either way (ties: by name);</li>
 *   <li>if a class of the host's grew but none that grew is among them, the host's class that
 *       grew most takes the last place; else, if none of them is the host's at all and a host
 *       class shrank, the host's class that shrank most takes it. The line then always leads to
 *       the program's own code, even when JDK arrays, strings and collections hold the most
 *       bytes; growth comes first because what a print is asked is what was kept.</li>
 * </ol>
 * The result is ordered by the size of the change, biggest first. Against an empty table (the
 * first print) every class grew and step 2 is skipped: that line names the heap's biggest classes.
 */
final class ClassRanking {

    private final int limit;
    private final boolean leadToHost;
    private final ClassTable.Entry[] top;
    private final long[] topInstances;
    private final long[] topBytes;
    private int count;
    private ClassTable.Entry grower;
    private long growerInstances;
    private long growerBytes;
    private ClassTable.Entry shrinker;
    private long shrinkerInstances;
    private long shrinkerBytes;

    /**
     * @param limit      the most classes to choose; 0 or less chooses none
     * @param leadToHost whether step 2 applies
     */
    ClassRanking(int limit, boolean leadToHost) {
        this.limit = Math.max(0, limit);
        this.leadToHost = leadToHost;
        this.top = new ClassTable.Entry[this.limit];
        this.topInstances = new long[this.limit];
        this.topBytes = new long[this.limit];
    }

    /** One class that changed by {@code bytes} (not 0) and {@code instances}. */
    void offer(ClassTable.Entry e, long instances, long bytes) {
        if (limit == 0) {
            return;
        }
        if (e.origin == ClassOrigin.HOST) {
            if (bytes > 0 && (grower == null || before(e, bytes, grower, growerBytes))) {
                grower = e;
                growerInstances = instances;
                growerBytes = bytes;
            } else if (bytes < 0 && (shrinker == null || before(e, bytes, shrinker, shrinkerBytes))) {
                shrinker = e;
                shrinkerInstances = instances;
                shrinkerBytes = bytes;
            }
        }
        int at = count;
        while (at > 0 && before(e, bytes, top[at - 1], topBytes[at - 1])) {
            at--;
        }
        if (at == limit) {
            return;
        }
        int last = Math.min(count, limit - 1);
        for (int i = last; i > at; i--) {
            top[i] = top[i - 1];
            topInstances[i] = topInstances[i - 1];
            topBytes[i] = topBytes[i - 1];
        }
        top[at] = e;
        topInstances[at] = instances;
        topBytes[at] = bytes;
        count = Math.min(count + 1, limit);
    }

    /** The chosen classes, biggest change first. */
    List<ClassChange> result() {
        boolean hostGrew = false;
        boolean host = false;
        for (int i = 0; i < count; i++) {
            host |= top[i].origin == ClassOrigin.HOST;
            hostGrew |= top[i].origin == ClassOrigin.HOST && topBytes[i] > 0;
        }
        if (leadToHost && count == limit && count > 0) {
            if (grower != null && !hostGrew) {
                top[count - 1] = grower;
                topInstances[count - 1] = growerInstances;
                topBytes[count - 1] = growerBytes;
            } else if (shrinker != null && !host) {
                top[count - 1] = shrinker;
                topInstances[count - 1] = shrinkerInstances;
                topBytes[count - 1] = shrinkerBytes;
            }
        }
        ClassChange[] chosen = new ClassChange[count];
        for (int i = 0; i < count; i++) {
            chosen[i] = new ClassChange(top[i].name(), topInstances[i], topBytes[i]);
        }
        return Arrays.asList(chosen);
    }

    /** True when a change of {@code bytes} to {@code a} ranks before one of {@code otherBytes} to {@code b}. */
    private static boolean before(ClassTable.Entry a, long bytes, ClassTable.Entry b, long otherBytes) {
        long x = Math.abs(bytes);
        long y = Math.abs(otherBytes);
        return x != y ? x > y : a.compareName(b) < 0;
    }
}
