package memdebug.html;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/** Profiles with known numbers for the tests. */
final class Profiles {

    static final Instant START = Instant.parse("2025-11-24T16:00:00Z");

    private Profiles() {
    }

    static ProfileInfo info(String program, Duration duration, long period, List<String> notes) {
        return new ProfileInfo(program, "async-profiler", "perf_events", "cpu", period, START, START.plus(duration),
                "OpenJDK 64-Bit Server VM 17.0.15+6", "G1 Young Generation, G1 Old Generation", notes);
    }

    /**
     * The planted shape: main calls hotA (600 ms) and hotB (250 ms), which do nothing themselves
     * but call hot; 100 ms of hotA's go on in a native frame under hot; hotB calls itself once
     * (50 ms through hotB;hotB;hot); main runs 100 ms itself, interpreted (its other 850 ms are
     * compiled). Total 950 ms over 2 s; cum(hotB) = 250 ms, 26.32%.
     */
    static StackProfile planted() {
        String main = "com.example.App.main";
        String a = "com.example.App.hotA";
        String b = "com.example.App.hotB";
        String hot = "com.example.App.hot";
        return new StackProfile(ProfileKind.CPU, info("myapp.jar", Duration.ofSeconds(2), 10_000_000L, List.of()), List.of(
                stack(50, 500, List.of(jit(main), jit(a), jit(hot))),
                stack(10, 100, List.of(jit(main), jit(a), jit(hot), new Frame("__memmove_avx_unaligned", FrameKind.NATIVE))),
                stack(20, 200, List.of(jit(main), jit(b), jit(hot))),
                stack(5, 50, List.of(jit(main), jit(b), jit(b), jit(hot))),
                stack(10, 100, List.of(new Frame(main, FrameKind.INTERPRETED)))));
    }

    static Frame jit(String name) {
        return new Frame(name, FrameKind.COMPILED);
    }

    static StackSample stack(long samples, long ms, List<Frame> frames) {
        return new StackSample(frames, samples, ms * 1_000_000);
    }

    /** The share of the profile's weight in stacks that contain {@code function}, each stack once: pprof's cum%. */
    static double cumShare(StackProfile profile, String function) {
        long cum = 0;
        for (StackSample s : profile.stacks()) {
            if (s.frames().stream().anyMatch(f -> f.name().equals(function))) {
                cum += s.weight();
            }
        }
        return (double) cum / profile.totalWeight();
    }

    /**
     * An allocation profile: 1.5 MiB of byte[] under Parser.read, 1 MiB of String under
     * Parser.name (a C1-compiled frame), over 1 s, one sample per 512 KiB.
     */
    static StackProfile allocations() {
        Frame main = Frame.java("com.example.App.main");
        return new StackProfile(ProfileKind.ALLOC, new ProfileInfo("myapp.jar", "async-profiler", "TLAB events", "alloc",
                512 * 1024, START, START.plusSeconds(1), "OpenJDK 64-Bit Server VM 17.0.15+6", "G1", List.of()), List.of(
                new StackSample(List.of(main, jit("com.example.Parser.read"), new Frame("byte[]", FrameKind.ALLOCATED_TYPE)),
                        3, 3 * 512 * 1024),
                new StackSample(List.of(main, new Frame("com.example.Parser.name", FrameKind.C1_COMPILED),
                        new Frame("java.lang.String", FrameKind.ALLOCATED_TYPE)), 2, 2 * 512 * 1024)));
    }

    /** One stack per frame kind, each kind's function at depth 1 under a Java main, widths 1..8 × 10 ms. */
    static StackProfile everyKind() {
        List<StackSample> stacks = new ArrayList<>();
        FrameKind[] kinds = FrameKind.values();
        for (int i = 0; i < kinds.length; i++) {
            stacks.add(stack(i + 1, 10L * (i + 1), List.of(Frame.java("Main.main"), new Frame("fn" + kinds[i], kinds[i]))));
        }
        return new StackProfile(ProfileKind.CPU, info("kinds", Duration.ofSeconds(1), 1_000_000L, List.of()), stacks);
    }
}
