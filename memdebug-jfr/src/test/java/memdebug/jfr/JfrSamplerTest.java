package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import memdebug.spi.StackSample;
import org.junit.jupiter.api.Test;

/** The sampler on this JVM's own Flight Recorder, against workloads with known answers. */
class JfrSamplerTest {

    private static final String A = "memdebug.jfr.Workloads.cpuA";
    private static final String B = "memdebug.jfr.Workloads.cpuB";

    static Sampler sampler(Duration interval, ProfileKind... kinds) {
        return new JfrMetricsProvider().sampler(new SamplerSettings(interval, 0, Set.of(kinds),
                SamplerSettings.MEMDEBUG_THREAD_PREFIX));
    }

    /** Weight of the stacks through {@code function} (each stack once). */
    static long weightThrough(List<StackSample> stacks, String function) {
        return stacks.stream().filter(s -> s.frames().stream().anyMatch(f -> f.name().equals(function)))
                .mapToLong(StackSample::weight).sum();
    }

    static double share(List<StackSample> stacks, String a, String b) {
        long wa = weightThrough(stacks, a);
        long wb = weightThrough(stacks, b);
        return (double) wa / (wa + wb);
    }

    static List<StackSample> all(List<Samples> drains, ProfileKind kind) {
        List<StackSample> out = new ArrayList<>();
        drains.forEach(d -> out.addAll(d.get(kind)));
        return out;
    }

    /** The threads a test's work started, to be joined before sampling stops. */
    interface Work {
        List<Thread> start() throws Exception;
    }

    /** Starts {@code sampler}, runs {@code work} to its end, stops, and returns the CPU samples of the one drain. */
    static List<StackSample> cpuOf(Sampler sampler, Work work) throws Exception {
        try {
            sampler.start();
            Workloads.join(work.start());
            sampler.stop();
            return sampler.drain(Instant.now()).get(ProfileKind.CPU);
        } finally {
            sampler.close();
        }
    }

    /**
     * A session that ends before JFR's first delivery to the stream (about a second in) still has
     * its samples: stopping hands over everything recorded (JDK 20+: {@code RecordingStream.stop()};
     * before: a wait for the next delivery), not only what the stream had delivered.
     */
    @Test
    void stoppingBeforeTheFirstDeliveryKeepsTheSamples() throws Exception {
        long[] used = new long[1];
        List<StackSample> cpu = cpuOf(sampler(Duration.ofMillis(10), ProfileKind.CPU), () -> Workloads.start(1, false, "short", () -> {
            Workloads.alternate(Workloads::cpuA, Workloads::cpuB, 400);
            used[0] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }));
        long cpuNanos = used[0];
        long through = weightThrough(cpu, A) + weightThrough(cpu, B);
        // Execution samples weigh one period each, CPU-time samples their CPU period: either way about the thread's CPU time.
        assertTrue(through > cpuNanos / 2, "samples weigh " + through + " ns of the worker's " + cpuNanos + " ns of CPU");
    }

    @Test
    void plantedCpuSplitReadsThreeQuartersWithTheBestSamplerOfThisJvm() throws Exception {
        Sampler sampler = sampler(Duration.ofMillis(1), ProfileKind.CPU);
        List<StackSample> cpu = cpuOf(sampler, () -> Workloads.start(1, false, "planted",
                () -> Workloads.alternate(Workloads::cpuA, Workloads::cpuB, 3000)));
        double share = share(cpu, A, B);
        Sampling s = sampler.sampling(ProfileKind.CPU);
        System.err.printf("jfr %s: a's share %.3f of %d samples%n", s.engine(), share, cpu.stream().mapToLong(StackSample::samples).sum());
        assertTrue(share > 0.70 && share < 0.80, s.engine() + ": " + share);
        boolean cpuTime = JvmFacts.current().hasCpuTimeSampler();
        assertEquals(cpuTime ? "jdk.CPUTimeSample" : "jdk.ExecutionSample", s.engine(), "the legend says which sampler ran");
        if (cpuTime) {
            assertTrue(s.period() >= 1_000_000, "the period the CPU-time samples say: " + s.period());
        } else {
            assertEquals(1_000_000, s.period());
        }
        assertFalse(cpu.stream().anyMatch(st -> st.frames().stream().anyMatch(f -> f.name().equals("jdk.jfr.internal.consumer.AbstractEventStream.execute"))),
                "the stream's own thread is left out");
        Frame leaf = cpu.stream().filter(st -> st.leaf().name().equals("memdebug.jfr.Workloads.spin")).findFirst()
                .orElseThrow().leaf();
        assertTrue(leaf.kind() == FrameKind.COMPILED || leaf.kind() == FrameKind.INLINED || leaf.kind() == FrameKind.INTERPRETED,
                "frame kinds come from JFR's frame types: " + leaf);
        assertEquals("", leaf.file(), "JFR records no file names");
        assertTrue(leaf.line() > 0, "but line numbers: " + leaf);
    }

    @Test
    void plantedAllocationSplitReadsThreeQuartersWithTheAllocatedTypeOnTop() throws Exception {
        Sampler sampler = sampler(Duration.ofMillis(10), ProfileKind.ALLOC);
        List<Samples> drains = new ArrayList<>();
        long allocated;
        try {
            sampler.start();
            assertEquals(Set.of(ProfileKind.ALLOC), sampler.kinds());
            long[] bytes = new long[1];
            List<Thread> workers = Workloads.start(1, false, "allocating", () -> {
                com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean)
                        java.lang.management.ManagementFactory.getThreadMXBean();
                long before = mx.getCurrentThreadAllocatedBytes();
                Workloads.mixed(Workloads::allocA, Workloads::allocB, 4000);
                bytes[0] = mx.getCurrentThreadAllocatedBytes() - before;
            });
            Thread.sleep(2000);
            drains.add(sampler.drain(Instant.now())); // cut in the middle: the split is read over both parts
            Workloads.join(workers);
            allocated = bytes[0];
            sampler.stop();
            drains.add(sampler.drain(Instant.now()));
        } finally {
            sampler.close();
        }
        List<StackSample> alloc = all(drains, ProfileKind.ALLOC);
        double share = share(alloc, "memdebug.jfr.Workloads.allocA", "memdebug.jfr.Workloads.allocB");
        long through = weightThrough(alloc, "memdebug.jfr.Workloads.allocA") + weightThrough(alloc, "memdebug.jfr.Workloads.allocB");
        System.err.printf("jfr alloc: a's share %.3f of %d samples; %d of %d bytes%n", share,
                alloc.stream().mapToLong(StackSample::samples).sum(), through, allocated);
        assertTrue(share > 0.65 && share < 0.85, "a's share of the bytes: " + share);
        assertFalse(alloc.stream().anyMatch(st -> st.frames().stream()
                .anyMatch(f -> f.name().equals("jdk.jfr.internal.consumer.AbstractEventStream.execute"))),
                "what the stream's own thread allocates is left out");
        assertTrue(through > allocated / 2 && through < allocated * 3 / 2,
                "the weights are bytes, near what the thread allocated: " + through + " of " + allocated);
        StackSample s = alloc.stream().filter(st -> st.frames().stream()
                .anyMatch(f -> f.name().equals("memdebug.jfr.Workloads.allocA"))).findFirst().orElseThrow();
        assertEquals(new Frame("byte[]", FrameKind.ALLOCATED_TYPE), s.leaf(), "the allocated type, in Java's words, on top");
        Sampling sampling = sampler.sampling(ProfileKind.ALLOC);
        assertEquals("jdk.ObjectAllocationSample", sampling.engine());
        assertEquals("alloc", sampling.event());
        assertTrue(sampling.notes().stream().anyMatch(n -> n.contains("300/s")), sampling.notes().toString());
    }

    @Test
    void virtualThreadsAreSampledWithTheirOwnFrames() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads: JDK 21+");
        Sampler sampler = sampler(Duration.ofMillis(2), ProfileKind.CPU);
        List<StackSample> cpu = cpuOf(sampler, () -> Workloads.start(4, true, "virtual",
                () -> Workloads.alternate(Workloads::cpuA, Workloads::cpuB, 2500)));
        double share = share(cpu, A, B);
        System.err.printf("jfr %s, virtual threads: a's share %.3f%n", sampler.sampling(ProfileKind.CPU).engine(), share);
        assertTrue(share > 0.70 && share < 0.80, "virtual threads' own frames: " + share);
        assertTrue(cpu.stream().anyMatch(s -> s.frames().get(0).name().startsWith("jdk.internal.vm.Continuation")),
                "rooted in the virtual thread's continuation");
        assertTrue(sampler.sampling(ProfileKind.CPU).notes().stream().anyMatch(n -> n.contains("samples are of virtual threads")),
                sampler.sampling(ProfileKind.CPU).notes().toString());
    }

    @Test
    void memdebugThreadsAreLeftOut() throws Exception {
        List<StackSample> cpu = cpuOf(sampler(Duration.ofMillis(2), ProfileKind.CPU), () -> {
            List<Thread> threads = new ArrayList<>(Workloads.start(1, false, "memdebug-writer",
                    () -> Workloads.alternate(Workloads::cpuA, Workloads::cpuA, 1000)));
            threads.addAll(Workloads.start(1, false, "host",
                    () -> Workloads.alternate(Workloads::cpuB, Workloads::cpuB, 1000)));
            return threads;
        });
        assertEquals(0, weightThrough(cpu, A), "the memdebug-… thread is left out");
        assertTrue(weightThrough(cpu, B) > 0, "the host's thread is sampled");
    }
}
