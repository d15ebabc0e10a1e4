package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import memdebug.spi.Availability;
import java.time.Instant;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.Frame;
import memdebug.spi.SamplerSettings;
import memdebug.spi.StackSample;
import one.profiler.AsyncProfiler;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real sampling in this JVM; skipped only where async-profiler says it is not available. */
class SamplingTest {

    private static final Duration INTERVAL = Duration.ofMillis(2);
    private static final String PREFIX = Burner.class.getName() + ".";
    private static final long PLANTED_SAMPLES = 3000;

    private static AsyncProfilerProvider provider;

    @BeforeAll
    static void loadProfiler() {
        provider = new AsyncProfilerProvider();
        Availability availability = provider.availability();
        Assumptions.assumeTrue(availability.available(),
                () -> "async-profiler is not available on this platform: " + availability.reason());
    }

    private static AsyncProfilerSampler sampler() {
        return (AsyncProfilerSampler) provider.sampler(SamplerSettings.of(INTERVAL));
    }

    /**
     * Two threads alternate A (three units of the same loop) and B (one unit). Sampling goes on
     * until A and B hold {@value #PLANTED_SAMPLES} samples at 2 ms (3 s on two idle cores; longer
     * when the machine is busy, since samples count CPU time), which puts 0.70 and 0.80 more than
     * 6 binomial standard deviations from the expected 0.75: a failure means bias, not bad luck.
     */
    @Test
    void methodWithThreeTimesTheWorkGetsThreeQuartersOfTheWeight() throws Exception {
        long a = 0;
        long b = 0;
        String engine;
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
            engine = sampler.engine();
        }
        double share = (double) a / (a + b);
        System.out.printf("engine %s: A %d ms, B %d ms, A share %.3f%n", engine, a / 1_000_000, b / 1_000_000, share);
        assertTrue((a + b) / INTERVAL.toNanos() >= PLANTED_SAMPLES / 2, "too few samples in 20 s: A " + a + " ns, B " + b + " ns");
        assertTrue(share >= 0.70 && share <= 0.80, "A's share of A+B by weight is " + share + ", expected 0.75");
    }

    @Test
    void intervalDrainsAddUpToTheWholeProfile() throws Exception {
        List<List<StackSample>> drains = new ArrayList<>();
        SamplerSettings settings = SamplerSettings.of(INTERVAL);
        try (AsyncProfilerSampler sampler = (AsyncProfilerSampler) provider.sampler(settings)) {
            sampler.start();
            List<Thread> work = Burner.startPlanted(1, Duration.ofMillis(2200));
            for (int i = 0; i < 4; i++) {
                Thread.sleep(400);
                drains.add(sampler.drain(Instant.now()).get(ProfileKind.CPU));
            }
            Burner.join(work);
            sampler.stop();
            drains.add(sampler.drain(Instant.now()).get(ProfileKind.CPU));
            assertEquals(List.of(), sampler.drain(Instant.now()).get(ProfileKind.CPU), "the drain after stop hands out what was left, once");

            Map<List<Frame>, Long> whole = wholeProfile(AsyncProfiler.getInstance().execute(AsyncProfilerSampler.DUMP), settings);
            Map<List<Frame>, Long> summed = new HashMap<>();
            for (int i = 0; i < drains.size(); i++) {
                List<StackSample> drain = drains.get(i);
                assertFalse(drain.isEmpty(), "drain " + i + " of 5 (the last one after stop) has samples");
                for (StackSample s : drain) {
                    assertEquals(s.samples() * INTERVAL.toNanos(), s.weight());
                    summed.merge(s.frames(), s.samples(), Long::sum);
                }
            }
            assertEquals(whole, summed);
        }
    }

    @Test
    void memdebugThreadsAreLeftOut() throws Exception {
        List<StackSample> samples;
        try (AsyncProfilerSampler sampler = sampler()) {
            sampler.start();
            Thread writer = Burner.start("memdebug-writer", Duration.ofMillis(1200), Burner::writerWork);
            Thread worker = Burner.start("worker", Duration.ofMillis(1200), Burner::workerWork);
            writer.join();
            worker.join();
            sampler.stop();
            samples = sampler.drain(Instant.now()).get(ProfileKind.CPU);
        }
        String raw = AsyncProfiler.getInstance().execute(AsyncProfilerSampler.DUMP);
        assertTrue(raw.lines().anyMatch(l -> l.startsWith("[memdebug-writer tid=") && l.contains("writerWork")),
                "the writer thread was sampled by async-profiler");
        assertTrue(weightThrough(samples, PREFIX + "workerWork") > 0, "the worker thread shows up");
        assertEquals(0, weightThrough(samples, PREFIX + "writerWork"), "memdebug-writer shows up in no stack");
        assertTrue(samples.stream().flatMap(s -> s.frames().stream()).noneMatch(f -> f.name().contains("tid=")),
                "the thread frame is stripped");
    }

    @Test
    void engineIsTheOneReallyUsed() throws Exception {
        try (AsyncProfilerSampler sampler = sampler()) {
            assertEquals("not started", sampler.engine());
            sampler.start();
            String engine = sampler.engine();
            System.out.println("event=cpu ran on " + engine);
            assertTrue(engine.equals("perf_events") || engine.equals("ctimer"), engine);
            assertEquals(engine.equals("perf_events"), ProcSelf.openPerfEvents() > 0);
        }
        try (AsyncProfilerSampler ctimer = new AsyncProfilerSampler(AsyncProfiler.getInstance(), SamplerSettings.of(INTERVAL), "ctimer")) {
            ctimer.start();
            assertEquals("ctimer", ctimer.engine());
            assertEquals(0, ProcSelf.openPerfEvents());
            Burner.join(List.of(Burner.start("worker", Duration.ofMillis(300), Burner::workerWork)));
            ctimer.stop();
            assertTrue(weightThrough(ctimer.drain(Instant.now()).get(ProfileKind.CPU), PREFIX + "workerWork") > 0, "ctimer samples too");
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

    /** The samples of one cumulative dump per stack, without excluded threads, computed independently. */
    private static Map<List<Frame>, Long> wholeProfile(String dump, SamplerSettings settings) {
        Map<List<Frame>, Long> whole = new HashMap<>();
        for (CollapsedLine line : CollapsedLine.parseDump(dump)) {
            if (!settings.excludes(line.threadName()) && !line.stack().isEmpty()) {
                whole.merge(AnnotatedFrames.decode(line.stack()), line.count(), Long::sum);
            }
        }
        return whole;
    }

    /** The weight of stacks that pass through a frame named {@code name}. */
    private static long weightThrough(List<StackSample> samples, String name) {
        return samples.stream()
                .filter(s -> s.frames().stream().anyMatch(f -> f.name().equals(name)))
                .mapToLong(StackSample::weight)
                .sum();
    }
}
