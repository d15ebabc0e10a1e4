package memdebug.spi;

import java.util.List;

/**
 * A distinct call stack and what was sampled in it.
 *
 * @param frames  the stack, root first (the thread's entry point at index 0, the running function,
 *                or for allocations the allocated type, last); copied, never null
 * @param samples how many samples hit this stack; negative values become 0
 * @param weight  what those samples stand for, in the unit of the profile's {@link ProfileKind}
 *                (CPU nanoseconds, allocated bytes); negative values become 0
 */
public record StackSample(List<Frame> frames, long samples, long weight) {

    /** Copies the frames and clamps negative counts to 0; a null list becomes empty. */
    public StackSample {
        frames = frames == null ? List.of() : List.copyOf(frames);
        samples = Math.max(0, samples);
        weight = Math.max(0, weight);
    }

    /** The top frame (the running function, or the allocated type), or null for an empty stack. */
    public Frame leaf() {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }
}
