package memdebug.spi;

import java.util.List;
import java.util.Objects;

/**
 * The samples of one kind over one interval: what a {@link ReportProvider} draws.
 *
 * @param kind   what the weights measure; never null
 * @param info   what the profile covers; never null
 * @param stacks distinct stacks with their counts; copied, never null
 */
public record StackProfile(ProfileKind kind, ProfileInfo info, List<StackSample> stacks) {

    /** Copies the stacks; null becomes empty; a null kind or info is refused. */
    public StackProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(info, "info");
        stacks = stacks == null ? List.of() : List.copyOf(stacks);
    }

    /**
     * A small made-up profile of {@code kind}: a few stacks through every frame kind (the allocated
     * type on top for a kind measured in bytes), for a report provider to draw in
     * {@link ReportProvider#prepare()}, so that its first real report finds its classes loaded and
     * its code warm. Names start with {@code memdebug.warmup}.
     */
    public static StackProfile example(ProfileKind kind) {
        java.time.Instant start = java.time.Instant.EPOCH;
        ProfileInfo info = new ProfileInfo("memdebug.warmup", "warmup", "warmup", kind.id(), 1, start,
                start.plusSeconds(1), "warmup", "warmup", List.of("a made-up profile"));
        List<StackSample> stacks = new java.util.ArrayList<>();
        FrameKind[] kinds = FrameKind.values();
        for (int i = 0; i < 24; i++) {
            List<Frame> frames = new java.util.ArrayList<>();
            frames.add(new Frame("memdebug.warmup.Main.main", FrameKind.INTERPRETED, "Main.java", 1));
            for (int d = 0; d < 3 + i % 5; d++) {
                FrameKind k = kinds[(i + d) % kinds.length];
                frames.add(new Frame("memdebug.warmup.Work" + (i % 3) + ".step" + d + "\u00e9$1",
                        k == FrameKind.ALLOCATED_TYPE ? FrameKind.COMPILED : k, "Work.java", 10 + d));
            }
            if (kind.unit() == ValueUnit.BYTES) {
                frames.add(new Frame(i % 2 == 0 ? "byte[]" : "java.lang.String", FrameKind.ALLOCATED_TYPE));
            }
            stacks.add(new StackSample(frames, 1 + i, (1 + i) * 1_000_000L));
        }
        return new StackProfile(kind, info, stacks);
    }

    /** The sum of all stacks' sample counts, saturating at {@link Long#MAX_VALUE}. */
    public long totalSamples() {
        long total = 0;
        for (StackSample s : stacks) {
            total = saturatedAdd(total, s.samples());
        }
        return total;
    }

    /** The sum of all stacks' weights in the kind's unit, saturating at {@link Long#MAX_VALUE}. */
    public long totalWeight() {
        long total = 0;
        for (StackSample s : stacks) {
            total = saturatedAdd(total, s.weight());
        }
        return total;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
