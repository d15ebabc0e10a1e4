package memdebug.spi;

import java.util.List;

/**
 * A distinct call stack and what was sampled in it.
 *
 * @param frames      the stack, root first (the thread's entry point at index 0, the running
 *                    function last); copied, never null
 * @param samples     how many samples hit this stack; negative values become 0
 * @param weightNanos the CPU time those samples stand for, in nanoseconds; negative values
 *                    become 0
 */
public record StackSample(List<Frame> frames, long samples, long weightNanos) {

    /** Copies the frames and clamps negative counts to 0; a null list becomes empty. */
    public StackSample {
        frames = frames == null ? List.of() : List.copyOf(frames);
        samples = Math.max(0, samples);
        weightNanos = Math.max(0, weightNanos);
    }

    /** The running function: the last frame, or null for an empty stack. */
    public Frame leaf() {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }
}
