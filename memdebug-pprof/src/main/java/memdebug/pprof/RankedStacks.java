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
 * A profile's stacks as arrays of frame ranks, in one order that depends only on their content, so
 * that the same stacks handed over in any order give the same file byte for byte (ids are given in
 * the order things are met). Each distinct frame gets a rank by name, kind, file and line; stacks
 * are sorted frame by frame from the root, then by samples and weight. Looking a frame up once here
 * spares the later tables from hashing frames again: they index arrays by rank.
 */
final class RankedStacks {

    private static final Comparator<Frame> FRAMES = Comparator.comparing(Frame::name)
            .thenComparing(Frame::kind).thenComparing(Frame::file).thenComparingInt(Frame::line);

    private final Frame[] frames;
    private final int[][] ranks;
    private final StackSample[] stacks;

    private RankedStacks(Frame[] frames, int[][] ranks, StackSample[] stacks) {
        this.frames = frames;
        this.ranks = ranks;
        this.stacks = stacks;
    }

    static RankedStacks of(List<StackSample> stacks) {
        // 1. Number the distinct frames as met, and each stack by those numbers.
        Map<Frame, Integer> met = new HashMap<>();
        List<Frame> distinct = new ArrayList<>();
        int[][] numbered = new int[stacks.size()][];
        for (int i = 0; i < numbered.length; i++) {
            List<Frame> frames = stacks.get(i).frames();
            int[] n = new int[frames.size()];
            for (int d = 0; d < n.length; d++) {
                Frame f = frames.get(d);
                Integer id = met.get(f);
                if (id == null) {
                    id = distinct.size();
                    met.put(f, id);
                    distinct.add(f);
                }
                n[d] = id;
            }
            numbered[i] = n;
        }
        // 2. Rank the frames by content and renumber the stacks by rank.
        Integer[] byContent = new Integer[distinct.size()];
        Arrays.setAll(byContent, i -> i);
        Arrays.sort(byContent, Comparator.comparing(distinct::get, FRAMES));
        Frame[] frames = new Frame[byContent.length];
        int[] rankOf = new int[byContent.length];
        for (int r = 0; r < byContent.length; r++) {
            frames[r] = distinct.get(byContent[r]);
            rankOf[byContent[r]] = r;
        }
        for (int[] n : numbered) {
            for (int d = 0; d < n.length; d++) {
                n[d] = rankOf[n[d]];
            }
        }
        // 3. Sort the stacks by their ranks.
        Integer[] order = new Integer[numbered.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, int[]>comparing(i -> numbered[i], Arrays::compare)
                .thenComparingLong(i -> stacks.get(i).samples())
                .thenComparingLong(i -> stacks.get(i).weight()));
        int[][] ranks = new int[order.length][];
        StackSample[] sorted = new StackSample[order.length];
        for (int i = 0; i < order.length; i++) {
            ranks[i] = numbered[order[i]];
            sorted[i] = stacks.get(order[i]);
        }
        return new RankedStacks(frames, ranks, sorted);
    }

    /** How many stacks. */
    int size() {
        return stacks.length;
    }

    /** The {@code i}th stack in canonical order. */
    StackSample stack(int i) {
        return stacks[i];
    }

    /** The frames of the {@code i}th stack as ranks, root first. */
    int[] ranks(int i) {
        return ranks[i];
    }

    /** The frame of a rank. */
    Frame frame(int rank) {
        return frames[rank];
    }

    /** How many distinct frames. */
    int frameCount() {
        return frames.length;
    }
}
