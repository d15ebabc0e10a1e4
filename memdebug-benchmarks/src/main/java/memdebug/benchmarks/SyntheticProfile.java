package memdebug.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/**
 * A deterministic profile of a given number of distinct stacks, each 64 frames deep, shaped
 * like a real one: all stacks share their first frames, and the call tree fans out with depth
 * (the number of distinct frames doubles about every three levels) until each stack is its own.
 * Function names come from a pool of 4,096 names of realistic length; the deepest frames are
 * sometimes native or kernel code. Sample counts are 1 to 20.
 *
 * <p>The CPU profile weighs each sample 10 ms. The allocation profile has the same stacks with
 * one of 64 allocated types on top (65 frames), weighs each sample 512 KiB, and runs its compiled
 * Java frames in a tier that changes from stack to stack (interpreted, C1, C2), so that the
 * report merges frames of several kinds into one box per method.
 */
final class SyntheticProfile {

    static final int DEPTH = 64;
    private static final int POOL = 4096;
    private static final int SHARED = 4;
    private static final long INTERVAL_NANOS = 10_000_000;

    private SyntheticProfile() {
    }

    /** The CPU profile with {@code stacks} distinct stacks; the same argument gives the same profile. */
    static StackProfile of(int stacks) {
        return of(stacks, ProfileKind.CPU);
    }

    /**
     * The profile of {@code kind} ({@link ProfileKind#CPU} or {@link ProfileKind#ALLOC}) with
     * {@code stacks} distinct stacks; the same arguments give the same profile.
     */
    static StackProfile of(int stacks, ProfileKind kind) {
        boolean alloc = kind.equals(ProfileKind.ALLOC);
        Frame[] pool = pool();
        Frame[] roots = {Frame.java("java.lang.Thread.run"), Frame.java("java.util.concurrent.ThreadPoolExecutor$Worker.run"),
            Frame.java("java.util.concurrent.ThreadPoolExecutor.runWorker"), Frame.java("com.example.server.RequestLoop.serve")};
        SplittableRandom random = new SplittableRandom(42);
        Set<List<Frame>> seen = new HashSet<>(stacks * 2);
        List<StackSample> samples = new ArrayList<>(stacks);
        for (int i = 0; i < stacks; i++) {
            List<Frame> frames = new ArrayList<>(DEPTH);
            for (int d = 0; d < DEPTH; d++) {
                if (d < SHARED) {
                    frames.add(roots[d]);
                    continue;
                }
                // The tree branches in two about every third level: stacks i and j share depth d
                // when they agree on the top bits of their index.
                int fanBits = Math.min(31, (d - SHARED) / 3);
                long key = (long) i >>> Math.max(0, bits(stacks) - fanBits);
                Frame frame = pool[Math.floorMod(mix(key * DEPTH + d), POOL)];
                if (alloc && frame.kind() == FrameKind.COMPILED) {
                    frame = new Frame(frame.name(), TIERS[Math.floorMod(i + d, TIERS.length)]);
                }
                frames.add(frame);
            }
            if (alloc) {
                frames.add(new Frame(TYPES[Math.floorMod(mix(i), TYPES.length)], FrameKind.ALLOCATED_TYPE));
            }
            if (!seen.add(frames)) {
                // A collision of names: make the leaf unique, so the count stays exact.
                frames.set(DEPTH - 1, Frame.java("com.example.leaf.Unique.f" + i));
                seen.add(frames);
            }
            long n = 1 + random.nextInt(20);
            long period = alloc ? ALLOC_INTERVAL_BYTES : INTERVAL_NANOS;
            samples.add(new StackSample(frames, n, n * period));
        }
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        ProfileInfo info = new ProfileInfo("synthetic", "synthetic", "synthetic", kind.id(),
                alloc ? ALLOC_INTERVAL_BYTES : INTERVAL_NANOS, start, start.plusSeconds(60),
                System.getProperty("java.vm.name") + " " + Runtime.version(), "G1", List.of());
        return new StackProfile(alloc ? ProfileKind.ALLOC : ProfileKind.CPU, info, samples);
    }

    private static final long ALLOC_INTERVAL_BYTES = 512 * 1024;
    private static final FrameKind[] TIERS = {FrameKind.INTERPRETED, FrameKind.C1_COMPILED, FrameKind.COMPILED};
    private static final String[] TYPES = types();

    private static String[] types() {
        String[] types = new String[64];
        for (int i = 0; i < types.length; i++) {
            types[i] = i % 4 == 0 ? "byte[]" + "[]".repeat(i / 16) : "com.example.model.Entity" + i;
        }
        return types;
    }

    private static Frame[] pool() {
        Frame[] pool = new Frame[POOL];
        for (int i = 0; i < POOL; i++) {
            String name = "com.example.module" + (i % 37) + ".service.Component" + (i % 211) + "Impl.handleRequest" + i;
            // Mostly Java code; one name in eight is inlined, one in 32 native, one in 64 kernel.
            FrameKind kind = i % 64 == 0 ? FrameKind.KERNEL : i % 32 == 0 ? FrameKind.NATIVE
                    : i % 8 == 0 ? FrameKind.INLINED : i % 2 == 0 ? FrameKind.COMPILED : FrameKind.JAVA;
            pool[i] = new Frame(name, kind);
        }
        return pool;
    }

    /** Bits needed to number {@code n} stacks. */
    private static int bits(int n) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
    }

    /** SplitMix64's finaliser: spreads consecutive keys over the pool. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
