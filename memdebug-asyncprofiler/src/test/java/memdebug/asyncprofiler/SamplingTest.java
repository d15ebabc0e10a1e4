package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import memdebug.spi.Availability;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.SamplerSettings;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import memdebug.spi.StackSample;
import one.profiler.AsyncProfiler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real sampling in this JVM; skipped only where async-profiler says it is not available. */
class SamplingTest {

    private static final Duration INTERVAL = Duration.ofMillis(2);
    private static final long ALLOCATION_INTERVAL = 16 * 1024;
    private static final String PREFIX = Burner.class.getName() + ".";
    private static final long PLANTED_SAMPLES = 3000;
    private static final Set<ProfileKind> BOTH = Set.of(ProfileKind.CPU, ProfileKind.ALLOC);

    @TempDir
    Path folder;

    @BeforeAll
    static void loadProfiler() {
        Availability availability = new AsyncProfilerProvider().availability();
        Assumptions.assumeTrue(availability.available(),
                () -> "async-profiler is not available on this platform: " + availability.reason());
    }

    /** Every test leaves its folder empty: the recording and its copies never stay. */
    @AfterEach
    void nothingLeftBehind() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private AsyncProfilerSampler sampler(Set<ProfileKind> kinds, String excludedPrefix) {
        return new AsyncProfilerSampler(AsyncProfiler.getInstance(),
                new SamplerSettings(INTERVAL, ALLOCATION_INTERVAL, kinds, excludedPrefix), "cpu", folder);
    }

    private AsyncProfilerSampler sampler() {
        return sampler(BOTH, SamplerSettings.MEMDEBUG_THREAD_PREFIX);
    }

    /**
     * Two threads alternate A (three units of the same loop) and B (one unit). Sampling goes on
     * until A and B hold {@value #PLANTED_SAMPLES} samples at 2 ms (3 s on two idle cores; longer
     * when the machine is busy, since samples count CPU time), which puts 0.70 and 0.80 more than
     * 6 binomial standard deviations from the expected 0.75: a failure means bias, not bad luck.
     */
    @Test
    void methodWithThreeTimesTheWorkGetsThreeQuartersOfTheCpuTime() throws Exception {
        long a = 0;
        long b = 0;
        AtomicBoolean going = new AtomicBoolean(true);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (AsyncProfilerSampler sampler = sampler()) {
            sampler.start();
            List<Thread> planted = Burner.startPlanted(2, going::get);
            while ((a + b) / INTERVAL.toNanos() < PLANTED_SAMPLES && System.nanoTime() < deadline) {
                Thread.sleep(250);
                List<StackSample> samples = sampler.drain(Instant.now()).get(ProfileKind.CPU);
                a += weightThrough(samples, PREFIX + "plantedA");
                b += weightThrough(samples, PREFIX + "plantedB");
            }
            going.set(false);
            Burner.join(planted);
        }
        double share = (double) a / (a + b);
        System.out.printf("CPU: A %d ms, B %d ms, A share %.3f%n", a / 1_000_000, b / 1_000_000, share);
        assertTrue((a + b) / INTERVAL.toNanos() >= PLANTED_SAMPLES / 2, "too few samples in 20 s: A " + a + " ns, B " + b + " ns");
        assertTrue(share >= 0.70 && share <= 0.80, "A's share of A+B by weight is " + share + ", expected 0.75");
    }

    /**
     * One thread allocates 3,072 bytes as byte[] and 1,024 bytes as long[] in turn, another only
     * spins. At a 16 KiB interval, 2,000 allocation samples put 0.70 and 0.80 about 5 standard
     * deviations from 0.75. Each stack ends in the allocated type; the spinning thread allocates
     * nothing and shows up in CPU samples only.
     */
    @Test
    void allocationsAreWeightedByBytesWithTheTypeOnTop() throws Exception {
        long a = 0;
        long b = 0;
        long samples = 0;
        List<StackSample> allocations = new ArrayList<>();
        List<StackSample> cpu = new ArrayList<>();
        AtomicBoolean going = new AtomicBoolean(true);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (AsyncProfilerSampler sampler = sampler()) {
            sampler.start();
            assertEquals(BOTH, sampler.kinds());
            Thread allocating = Burner.startAllocating("allocating", going::get);
            Thread spinning = Burner.start("spinning", going::get, Burner::workerWork);
            while (samples < 2000 && System.nanoTime() < deadline) {
                Thread.sleep(250);
                Samples got = sampler.drain(Instant.now());
                allocations.addAll(got.get(ProfileKind.ALLOC));
                cpu.addAll(got.get(ProfileKind.CPU));
                a = weightThrough(allocations, PREFIX + "allocateA");
                b = weightThrough(allocations, PREFIX + "allocateB");
                samples = allocations.stream().mapToLong(StackSample::samples).sum();
            }
            going.set(false);
            Burner.join(List.of(allocating, spinning));
            Sampling sampling = sampler.sampling(ProfileKind.ALLOC);
            assertEquals("alloc", sampling.event());
            assertEquals(ALLOCATION_INTERVAL, sampling.period());
            assertEquals("object_sampler", sampling.engine());
            assertEquals(List.of("allocated bytes are estimated: each sample stands for 16 KiB (the sampling interval),"
                    + " or for the object's size when that is larger"), sampling.notes());
        }
        double share = (double) a / (a + b);
        System.out.printf("allocations: A %d KiB, B %d KiB, A share %.3f, %d samples%n", a >> 10, b >> 10, share, samples);
        assertTrue(samples >= 1000, "too few allocation samples in 20 s: " + samples);
        assertTrue(share >= 0.70 && share <= 0.80, "A's share of A+B by bytes is " + share + ", expected 0.75");
        for (StackSample s : allocations) {
            Frame top = s.leaf();
            assertEquals(FrameKind.ALLOCATED_TYPE, top.kind(), s.toString());
            assertTrue(s.frames().subList(0, s.frames().size() - 1).stream().allMatch(f -> f.kind() != FrameKind.ALLOCATED_TYPE));
            String allocator = s.frames().get(s.frames().size() - 2).name();
            if (allocator.equals(PREFIX + "allocateA") || allocator.equals(PREFIX + "allocateB")) {
                assertEquals(allocator.endsWith("A") ? "byte[]" : "long[]", top.name());
                assertEquals(s.samples() * ALLOCATION_INTERVAL, s.weight(), "objects smaller than the interval stand for it: " + s);
            }
        }
        assertEquals(0, weightThrough(allocations, PREFIX + "workerWork"), "the spinning thread allocates nothing");
        assertTrue(weightThrough(cpu, PREFIX + "workerWork") > 0, "but it is in the CPU samples");
        assertTrue(cpu.stream().flatMap(s -> s.frames().stream()).noneMatch(f -> f.kind() == FrameKind.ALLOCATED_TYPE));
        Frame allocatorFrame = allocations.stream().flatMap(s -> s.frames().stream())
                .filter(f -> f.name().equals(PREFIX + "allocateA")).findFirst().orElseThrow();
        assertEquals(FrameKind.JAVA, allocatorFrame.kind(), "JVMTI stacks do not tell the tier");
        assertTrue(allocatorFrame.line() > 0, "line numbers come with the JFR: " + allocatorFrame);
        assertEquals("", allocatorFrame.file(), "source files do not");
    }

    /**
     * With no thread left out, the samples of all drains add up to what async-profiler itself
     * counted (its {@code metrics}: samples taken minus skipped), so none is lost or counted
     * twice, whether it came before the last dump, in the tail after stop, or waited for a later
     * drain because it was taken after that drain's {@code until}.
     */
    @Test
    void drainsAddUpToEverySampleAsyncProfilerTook() throws Exception {
        long drained = 0;
        List<Long> perDrain = new ArrayList<>();
        AsyncProfiler profiler = AsyncProfiler.getInstance();
        AtomicBoolean going = new AtomicBoolean(true);
        try (AsyncProfilerSampler sampler = sampler(BOTH, "")) {
            sampler.start();
            List<Thread> work = new ArrayList<>(Burner.startPlanted(1, going::get));
            work.add(Burner.startAllocating("allocating", going::get));
            for (int i = 0; i < 4; i++) {
                Thread.sleep(150);
                if (i == 1) {
                    sampler.prepare(); // reads ahead of a drain: what it read must come out of the next drain
                }
                Thread.sleep(150);
                perDrain.add(count(sampler.drain(Instant.now().minusMillis(50)))); // leaves 50 ms for the next drain
            }
            going.set(false);
            Burner.join(work);
            sampler.stop();
            perDrain.add(count(sampler.drain(Instant.now())));
            assertEquals(0, count(sampler.drain(Instant.now())), "the drain after stop hands out what was left, once");
            drained = perDrain.stream().mapToLong(Long::longValue).sum();
        }
        long taken = metric(profiler, "samples_total") - metric(profiler, "samples_skipped_total");
        System.out.println("drains " + perDrain + ", async-profiler took " + taken);
        for (int i = 0; i < perDrain.size(); i++) {
            assertTrue(perDrain.get(i) > 0, "drain " + i + " has samples: " + perDrain);
        }
        assertEquals(taken, drained, "per drain: " + perDrain);
    }

    /** Samples taken after {@code until} are not in that drain but in the next. */
    @Test
    void aDrainCutsAtItsUntil() throws Exception {
        long before;
        long after;
        AtomicBoolean going = new AtomicBoolean(true);
        try (AsyncProfilerSampler sampler = sampler()) {
            sampler.start();
            Thread worker = Burner.start("worker", going::get, Burner::workerWork);
            Thread.sleep(400);
            Instant until = Instant.now();
            Thread.sleep(400);
            before = weightThrough(sampler.drain(until).get(ProfileKind.CPU), PREFIX + "workerWork");
            after = weightThrough(sampler.drain(Instant.now()).get(ProfileKind.CPU), PREFIX + "workerWork");
            going.set(false);
            worker.join();
        }
        System.out.printf("before until %d ms, after %d ms of CPU%n", before / 1_000_000, after / 1_000_000);
        assertTrue(before > 0, "samples before until");
        // Both windows last 400 ms; without the cut, the second drain would only get the moments between the two drains.
        assertTrue(after >= (before + after) / 4, "the 400 ms after until went to the next drain: before " + before + ", after " + after);
    }

    @Test
    void memdebugThreadsAreLeftOut() throws Exception {
        for (String excluded : List.of(SamplerSettings.MEMDEBUG_THREAD_PREFIX, "")) {
            List<StackSample> cpu;
            List<StackSample> allocations;
            try (AsyncProfilerSampler sampler = sampler(BOTH, excluded)) {
                sampler.start();
                Thread writer = Burner.start("memdebug-writer", Duration.ofMillis(1000), () -> {
                    Burner.writerWork();
                    Burner.allocateA();
                });
                Thread worker = Burner.start("worker", Duration.ofMillis(1000), Burner::workerWork);
                writer.join();
                worker.join();
                sampler.stop();
                Samples got = sampler.drain(Instant.now());
                cpu = got.get(ProfileKind.CPU);
                allocations = got.get(ProfileKind.ALLOC);
            }
            assertTrue(weightThrough(cpu, PREFIX + "workerWork") > 0, "the worker thread shows up");
            if (excluded.isEmpty()) {
                assertTrue(weightThrough(cpu, PREFIX + "writerWork") > 0, "sampled when not left out");
                assertTrue(weightThrough(allocations, PREFIX + "allocateA") > 0, "sampled when not left out");
            } else {
                assertEquals(0, weightThrough(cpu, PREFIX + "writerWork"), "memdebug-writer is in no CPU stack");
                assertEquals(0, weightThrough(allocations, PREFIX + "allocateA"), "nor in an allocation stack");
            }
        }
    }

    @Test
    void engineIsTheOneReallyUsed() throws Exception {
        try (AsyncProfilerSampler sampler = sampler()) {
            assertEquals("not started", sampler.engine());
            sampler.start();
            String seen = sampler.engine();
            assertTrue(seen.equals("perf_events") || seen.equals("ctimer"), seen);
            assertEquals(seen.equals("perf_events"), ProcSelf.openPerfEvents() > 0);
            sampler.drain(Instant.now());
            System.out.println("event=cpu ran on " + seen + "; the recording says " + sampler.engine());
            assertEquals(seen, sampler.engine(), "async-profiler's recording names the same engine");
            assertEquals(seen, sampler.sampling(ProfileKind.CPU).engine());
            assertEquals("cpu", sampler.sampling(ProfileKind.CPU).event());
            assertEquals(INTERVAL.toNanos(), sampler.sampling(ProfileKind.CPU).period());
        }
        try (AsyncProfilerSampler ctimer = new AsyncProfilerSampler(AsyncProfiler.getInstance(),
                new SamplerSettings(INTERVAL, 0, Set.of(ProfileKind.CPU), null), "ctimer", folder)) {
            ctimer.start();
            assertEquals("ctimer", ctimer.engine());
            assertEquals(0, ProcSelf.openPerfEvents());
            Burner.join(List.of(Burner.start("worker", Duration.ofMillis(300), Burner::workerWork)));
            ctimer.stop();
            assertTrue(weightThrough(ctimer.drain(Instant.now()).get(ProfileKind.CPU), PREFIX + "workerWork") > 0, "ctimer samples too");
            assertEquals("ctimer", ctimer.engine());
        }
    }

    /** Where allocations cannot be sampled (here: a start async-profiler refuses only when they are asked for), CPU goes on alone. */
    @Test
    void allocationsThatCannotStartLeaveCpuSampling() throws Exception {
        try (AsyncProfilerSampler sampler = new AsyncProfilerSampler(AsyncProfiler.getInstance(),
                new SamplerSettings(INTERVAL, ALLOCATION_INTERVAL, BOTH, null), "cpu", folder) {
            @Override
            String startCommand(Set<ProfileKind> what, String file) {
                return super.startCommand(what, file) + (what.contains(ProfileKind.ALLOC) ? ",jstackdepth=0" : "");
            }
        }) {
            assertEquals(BOTH, sampler.kinds(), "before start: what is asked for");
            sampler.start();
            assertEquals(Set.of(ProfileKind.CPU), sampler.kinds(), "after start: what runs");
            Burner.join(List.of(Burner.startAllocating("allocating", new Deadline(400)), Burner.start("worker",
                    Duration.ofMillis(400), Burner::workerWork)));
            sampler.stop();
            Samples got = sampler.drain(Instant.now());
            assertTrue(weightThrough(got.get(ProfileKind.CPU), PREFIX + "workerWork") > 0);
            assertEquals(List.of(), got.get(ProfileKind.ALLOC));
        }
    }

    @Test
    void allocationsAlone() throws Exception {
        try (AsyncProfilerSampler sampler = sampler(Set.of(ProfileKind.ALLOC), null)) {
            assertEquals("start,alloc=16384,jfr,jfropts=31,file=/f.jfr,jstackdepth=16384/16383,loglevel=none",
                    sampler.startCommand(Set.of(ProfileKind.ALLOC), "/f.jfr"));
            assertEquals("start,event=cpu,interval=2000000,alloc=16384,jfr,jfropts=31,file=/f.jfr,jstackdepth=16384/16383,loglevel=none",
                    sampler.startCommand(BOTH, "/f.jfr"));
            sampler.start();
            assertEquals(Set.of(ProfileKind.ALLOC), sampler.kinds());
            Burner.join(List.of(Burner.startAllocating("allocating", new Deadline(400)), Burner.start("worker",
                    Duration.ofMillis(400), Burner::workerWork)));
            sampler.stop();
            Samples got = sampler.drain(Instant.now());
            assertTrue(weightThrough(got.get(ProfileKind.ALLOC), PREFIX + "allocateA") > 0);
            assertEquals(List.of(ProfileKind.ALLOC), List.copyOf(got.byKind().keySet()));
        }
    }

    /**
     * async-profiler's default depth, 2,048 frames, would cut a 5,000-frame recursion and lose
     * Thread.run; memdebug keeps it. A 20,000-frame one is cut under a [truncated] root, and the
     * legend says how many samples were.
     */
    @Test
    void deepStacksKeepTheirRootsAndCutOnesAreCounted() throws Exception {
        for (int depth : List.of(5_000, 20_000)) {
            List<StackSample> cpu;
            Sampling sampling;
            try (AsyncProfilerSampler sampler = sampler()) {
                sampler.start();
                Thread deep = new Thread(null, () -> {
                    long end = System.nanoTime() + 600_000_000L;
                    while (System.nanoTime() < end) {
                        Burner.recurse(depth);
                    }
                }, "deep", 512L << 20);
                deep.start();
                deep.join();
                sampler.stop();
                cpu = sampler.drain(Instant.now()).get(ProfileKind.CPU);
                sampling = sampler.sampling(ProfileKind.CPU);
            }
            List<StackSample> recursing = cpu.stream()
                    .filter(s -> s.frames().stream().filter(f -> f.name().equals(PREFIX + "recurse")).count()
                            >= Math.min(depth, AsyncProfilerSampler.MAX_FRAMES - 100))
                    .toList();
            assertFalse(recursing.isEmpty(), depth + ": samples at full depth");
            long cut = recursing.stream().filter(s -> JfrFrames.isCut(s.frames())).mapToLong(StackSample::samples).sum();
            if (depth < AsyncProfilerSampler.MAX_FRAMES) {
                assertEquals(0, cut);
                for (StackSample s : recursing) {
                    assertEquals("java.lang.Thread.run", s.frames().get(0).name(), "the root is kept");
                }
                assertEquals(List.of(), sampling.notes());
            } else {
                assertTrue(cut > 0, "cut stacks");
                for (StackSample s : cpu) {
                    if (JfrFrames.isCut(s.frames())) {
                        assertEquals(AsyncProfilerSampler.MAX_FRAMES, s.frames().size(), "top frames and the marker");
                    }
                }
                String note = sampling.notes().get(0);
                System.out.println(note);
                assertTrue(note.matches("[\\d,]+ of [\\d,]+ samples so far had stacks deeper than 16,383 frames: cut to"
                        + " their top 16,383 frames, under a \\[truncated\\] root"), note);
                assertTrue(note.startsWith(String.format(java.util.Locale.ROOT, "%,d of ", cut)), note + " vs " + cut);
            }
        }
    }

    @Test
    void aRunningProfilerIsNotTakenOver() throws Exception {
        try (AsyncProfilerSampler first = sampler(); AsyncProfilerSampler second = sampler()) {
            first.start();
            Availability availability = new AsyncProfilerProvider().availability();
            assertFalse(availability.available());
            assertTrue(availability.reason().contains("already profiling"), availability.reason());
            IllegalStateException refused = assertThrows(IllegalStateException.class, second::start);
            assertTrue(refused.getMessage().contains("already profiling"), refused.getMessage());
        }
        assertTrue(new AsyncProfilerProvider().availability().available(), "available again once stopped");
    }

    @Test
    void lifecycleCallsInAnyOrderNeverBreak() throws Exception {
        AsyncProfilerSampler sampler = sampler();
        assertEquals(List.of(), sampler.drain(Instant.now()).get(ProfileKind.CPU), "nothing before start");
        sampler.stop();
        sampler.start();
        assertThrows(IllegalStateException.class, sampler::start);
        sampler.stop();
        sampler.stop();
        sampler.close();
        sampler.close();
        assertEquals(List.of(), sampler.drain(Instant.now()).get(ProfileKind.CPU), "nothing after close");
        assertThrows(IllegalStateException.class, sampler::start);
        assertEquals("Profiler is not active", AsyncProfiler.getInstance().execute("status").strip());
    }

    @Test
    void bytesAreWrittenAsPeopleSayThem() {
        assertEquals("512 KiB", AsyncProfilerSampler.bytes(512 * 1024));
        assertEquals("2 MiB", AsyncProfilerSampler.bytes(2 << 20));
        assertEquals("1536 KiB", AsyncProfilerSampler.bytes(1536 * 1024));
        assertEquals("1000 bytes", AsyncProfilerSampler.bytes(1000));
    }

    /** A flag that turns false after {@code millis}. */
    private record Deadline(long end) implements java.util.function.BooleanSupplier {
        Deadline(int millis) {
            this(System.nanoTime() + millis * 1_000_000L);
        }

        @Override
        public boolean getAsBoolean() {
            return System.nanoTime() < end;
        }
    }

    private static long count(Samples s) {
        long n = 0;
        for (List<StackSample> stacks : s.byKind().values()) {
            n += stacks.stream().mapToLong(StackSample::samples).sum();
        }
        return n;
    }

    private static long metric(AsyncProfiler profiler, String name) throws IOException {
        return profiler.execute("metrics").lines().filter(l -> l.startsWith(name + " "))
                .mapToLong(l -> Long.parseLong(l.substring(name.length() + 1).strip())).findFirst()
                .orElseThrow(() -> new AssertionError("async-profiler's metrics have no " + name));
    }

    /** The weight of stacks that pass through a frame named {@code name}. */
    private static long weightThrough(List<StackSample> samples, String name) {
        return samples.stream()
                .filter(s -> s.frames().stream().anyMatch(f -> f.name().equals(name)))
                .mapToLong(StackSample::weight)
                .sum();
    }
}
