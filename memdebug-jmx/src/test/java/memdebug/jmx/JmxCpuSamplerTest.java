package memdebug.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.time.Instant;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.SamplerSettings;
import memdebug.spi.StackSample;
import org.junit.jupiter.api.Test;

class JmxCpuSamplerTest {

    private static volatile long sink;
    private static volatile boolean stop;

    static void startBurning() {
        stop = false;
    }

    static void stopBurning() {
        stop = true;
    }

    static void burn() {
        long h = 1;
        while (!stop) {
            for (int i = 0; i < 10_000; i++) {
                h ^= h << 13;
                h ^= h >>> 7;
                h ^= h << 17;
            }
            sink += h;
        }
    }

    private static boolean mentions(List<StackSample> stacks, String function) {
        return stacks.stream().anyMatch(s -> s.frames().stream().anyMatch(f -> f.name().equals(function)));
    }

    @Test
    void onlyThreadsThatUseCpuCountAndMemdebugThreadsNever() throws Exception {
        stop = false;
        Thread worker = new Thread(JmxCpuSamplerTest::burn, "worker");
        Thread ours = new Thread(JmxCpuSamplerTest::burn, "memdebug-writer");
        Thread parked = new Thread(() -> LockSupport.parkNanos(Duration.ofSeconds(5).toNanos()), "parked");
        CountDownLatch accepting = new CountDownLatch(1);
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread io = new Thread(() -> {
            accepting.countDown();
            try {
                server.accept(); // RUNNABLE in native code, using no CPU
            } catch (Exception ignored) {
                // closed by the test
            }
        }, "blocked-in-io");
        List<Thread> all = List.of(worker, ours, parked, io);
        all.forEach(Thread::start);
        accepting.await();

        Sampler sampler = new JmxMetricsProvider().sampler(SamplerSettings.of(Duration.ofMillis(5)));
        List<StackSample> stacks = new ArrayList<>();
        long cpuBefore = ManagementFactory.getThreadMXBean().getThreadCpuTime(worker.getId());
        try {
            sampler.start();
            Thread.sleep(600);
            stacks.addAll(sampler.drain(Instant.now()).get(ProfileKind.CPU));
            Thread.sleep(300);
            sampler.stop();
            stacks.addAll(sampler.drain(Instant.now()).get(ProfileKind.CPU));
        } finally {
            sampler.close();
            long cpuAfter = ManagementFactory.getThreadMXBean().getThreadCpuTime(worker.getId());
            stop = true;
            server.close();
            parked.interrupt();
            LockSupport.unpark(parked);
            for (Thread t : all) {
                t.join(5_000);
            }
            long weight = stacks.stream().filter(s -> s.frames().get(0).name().equals("java.lang.Thread.run"))
                    .filter(s -> s.frames().stream().anyMatch(f -> f.name().equals("memdebug.jmx.JmxCpuSamplerTest.burn")))
                    .mapToLong(StackSample::weight).sum();
            long used = cpuAfter - cpuBefore;
            assertTrue(weight <= used, "weights are CPU time the threads used: " + weight + " > " + used);
            assertTrue(weight >= used / 3, "most of the worker's CPU is attributed: " + weight + " of " + used);
        }
        assertTrue(mentions(stacks, "memdebug.jmx.JmxCpuSamplerTest.burn"), "the busy worker is sampled");
        assertFalse(mentions(stacks, "java.net.ServerSocket.accept"), "a thread blocked in I/O costs nothing");
        assertFalse(mentions(stacks, "jdk.internal.misc.Unsafe.park"), "a parked thread costs nothing");
        for (StackSample s : stacks) {
            assertTrue(s.samples() > 0 && s.weight() > 0);
            if (s.leaf().name().equals("memdebug.jmx.JmxCpuSamplerTest.burn")) {
                assertEquals("java.lang.Thread.run", s.frames().get(0).name(), "root first");
            }
        }
    }

    /** Deflates forever: CPU time spent in the native method {@code Deflater.deflateBytesBytes}. */
    static void deflate() {
        byte[] input = new byte[1 << 20];
        new java.util.Random(7).nextBytes(input);
        byte[] output = new byte[1 << 21];
        while (!stop) {
            java.util.zip.Deflater d = new java.util.zip.Deflater(9);
            d.setInput(input);
            d.finish();
            while (!d.finished() && !stop) {
                sink += d.deflate(output);
            }
            d.end();
        }
    }

    @Test
    void memdebugThreadsAreLeftOutWhileOthersAreSampledWithNativeFramesMarked() throws Exception {
        stop = false;
        Thread ours = new Thread(JmxCpuSamplerTest::burn, "memdebug-writer");
        Thread theirs = new Thread(JmxCpuSamplerTest::deflate, "host-deflater");
        ours.start();
        theirs.start();
        Sampler sampler = new JmxMetricsProvider().sampler(SamplerSettings.of(Duration.ofMillis(5)));
        List<StackSample> stacks;
        try {
            sampler.start();
            Thread.sleep(600);
            sampler.stop();
            stacks = sampler.drain(Instant.now()).get(ProfileKind.CPU);
        } finally {
            sampler.close();
            stop = true;
            ours.join(5_000);
            theirs.join(5_000);
        }
        assertFalse(mentions(stacks, "memdebug.jmx.JmxCpuSamplerTest.burn"), "memdebug-… threads are left out");
        assertTrue(mentions(stacks, "memdebug.jmx.JmxCpuSamplerTest.deflate"), "the host's busy thread is sampled: " + stacks);
        boolean nativeLeaf = false;
        for (StackSample s : stacks) {
            for (Frame f : s.frames()) {
                assertTrue(f.kind() == FrameKind.JAVA || f.kind() == FrameKind.NATIVE, f.toString());
            }
            if (s.leaf().name().equals("java.util.zip.Deflater.deflateBytesBytes")) {
                nativeLeaf = true;
                assertEquals(FrameKind.NATIVE, s.leaf().kind());
            }
            for (Frame f : s.frames()) {
                if (f.name().equals("memdebug.jmx.JmxCpuSamplerTest.deflate")) {
                    assertEquals("JmxCpuSamplerTest.java", f.file(), "source file and line are kept");
                    assertTrue(f.line() > 0, f.toString());
                }
            }
        }
        assertTrue(nativeLeaf, "the native deflate method is sampled and marked native: " + stacks);
        assertEquals(List.of(), sampler.drain(Instant.now()).get(ProfileKind.CPU), "a drain after the last one is empty");
    }

    private static volatile int phase;

    /** Runs {@link #chunkA} while {@link #phase} is 0 and {@link #chunkB} while it is 1. */
    static void phases() {
        while (phase != 2) {
            if (phase == 0) {
                chunkA();
            } else {
                chunkB();
            }
        }
    }

    static void chunkA() {
        sink += spin();
    }

    static void chunkB() {
        sink += spin();
    }

    static long spin() {
        long h = 1;
        for (int i = 0; i < 10_000; i++) {
            h ^= h << 13;
            h ^= h >>> 7;
            h ^= h << 17;
        }
        return h;
    }

    @Test
    void theCpuTimeOfALongGapIsSharedWithTheThreadsRecentStacksAndTotalsStay() throws Exception {
        phase = 0;
        Thread worker = new Thread(JmxCpuSamplerTest::phases, "phases");
        worker.start();
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        JmxCpuSampler sampler = new JmxCpuSampler(SamplerSettings.of(Duration.ofMillis(5)), mx);
        List<StackSample> stacks;
        long used;
        try {
            Thread.sleep(50);
            long before = mx.getThreadCpuTime(worker.getId());
            for (int i = 0; i <= 20; i++) { // a baseline, then 20 samples 5 ms apart, all in chunkA
                sampler.sample();
                Thread.sleep(5);
            }
            Thread.sleep(600); // a long gap, still in chunkA
            phase = 1;
            Thread.sleep(2);
            sampler.sample(); // seen in chunkB (or between chunks), after 600 ms unseen
            used = mx.getThreadCpuTime(worker.getId()) - before;
            stacks = sampler.drain(Instant.now()).get(ProfileKind.CPU);
        } finally {
            phase = 2;
            worker.join(5_000);
        }
        List<StackSample> ours = stacks.stream().filter(s -> s.frames().stream()
                .anyMatch(f -> f.name().equals("memdebug.jmx.JmxCpuSamplerTest.phases"))).toList();
        long inA = ours.stream().filter(s -> s.frames().stream()
                .anyMatch(f -> f.name().equals("memdebug.jmx.JmxCpuSamplerTest.chunkA"))).mapToLong(StackSample::weight).sum();
        long last = ours.stream().mapToLong(StackSample::weight).sum() - inA;
        long samples = ours.stream().mapToLong(StackSample::samples).sum();
        assertEquals(21, samples, "one sample per read but the baseline: " + ours);
        assertTrue(last > 0 && last < 100_000_000L, "the last stack, seen once, takes a share of the gap, not all of it: "
                + last / 1_000_000 + " ms of " + used / 1_000_000 + " ms");
        assertTrue(inA + last <= used && inA + last > used - 30_000_000L,
                "weights add up to the CPU time the worker used: " + (inA + last) + " of " + used);
    }
}
