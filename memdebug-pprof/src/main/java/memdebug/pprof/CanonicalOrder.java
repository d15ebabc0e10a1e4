package memdebug.pprof;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import memdebug.spi.Frame;
import memdebug.spi.StackSample;

/**
 * Puts stacks in one order that depends only on their content, so that the same stacks, handed
 * over in any order, give the same file byte for byte (ids are given in the order things are met).
 * Stacks are compared frame by frame from the root; frames by name, kind, file and line. The
 * distinct frames are ranked once, so sorting compares int arrays, not strings.
 */
final class CanonicalOrder {

    private static final Comparator<Frame> FRAMES = Comparator.comparing(Frame::name)
            .thenComparing(Frame::kind).thenComparing(Frame::file).thenComparingInt(Frame::line);

    private CanonicalOrder() {
    }

    static List<StackSample> of(List<StackSample> stacks) {
        Map<Frame, Integer> rank = new HashMap<>();
        for (StackSample s : stacks) {
            for (Frame f : s.frames()) {
                rank.putIfAbsent(f, 0);
            }
        }
        List<Frame> distinct = new ArrayList<>(rank.keySet());
        distinct.sort(FRAMES);
        for (int i = 0; i < distinct.size(); i++) {
            rank.put(distinct.get(i), i);
        }
        int[][] keys = new int[stacks.size()][];
        for (int i = 0; i < keys.length; i++) {
            List<Frame> frames = stacks.get(i).frames();
            int[] key = new int[frames.size()];
            for (int d = 0; d < key.length; d++) {
                key[d] = rank.get(frames.get(d));
            }
            keys[i] = key;
        }
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, int[]>comparing(i -> keys[i], Arrays::compare)
                .thenComparingLong(i -> stacks.get(i).samples())
                .thenComparingLong(i -> stacks.get(i).weight()));
        List<StackSample> sorted = new ArrayList<>(keys.length);
        for (Integer i : order) {
            sorted.add(stacks.get(i));
        }
        return sorted;
    }
}
