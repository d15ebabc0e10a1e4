package memdebug.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import memdebug.spi.ProfileKind;
import memdebug.spi.SamplerSettings;
import memdebug.spi.StackSample;
import org.junit.jupiter.api.Test;

/**
 * What the sampler reads per interval: CPU time only of the threads that can run, and of threads
 * blocked in I/O (RUNNABLE, using no CPU) only every {@link JmxCpuSampler#IDLE_EVERY}th interval.
 */
class SamplerCostTest {

    /** The JVM's ThreadMXBean, counting the thread ids whose CPU time is read. */
    private static com.sun.management.ThreadMXBean counting(AtomicLong cpuReads) {
        Object real = ManagementFactory.getThreadMXBean();
        return (com.sun.management.ThreadMXBean) Proxy.newProxyInstance(SamplerCostTest.class.getClassLoader(),
                new Class<?>[] {com.sun.management.ThreadMXBean.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getThreadCpuTime") && args[0] instanceof long[] ids) {
                        cpuReads.addAndGet(ids.length);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void idleThreadsCostNoCpuReadsAndBlockedOnesFew() throws Exception {
        List<Thread> idle = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(300);
        List<ServerSocket> servers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // One socket per thread: threads accepting on one socket queue on its lock, WAITING.
            ServerSocket server = i < 100 ? new ServerSocket(0, 1, InetAddress.getLoopbackAddress()) : null;
            if (server != null) {
                servers.add(server);
            }
            Thread t = new Thread(() -> {
                started.countDown();
                if (server != null) {
                    try {
                        server.accept(); // RUNNABLE in native code, using no CPU
                    } catch (Exception ignored) {
                        // closed by the test
                    }
                } else {
                    LockSupport.park();
                }
            }, (server != null ? "io-" : "parked-") + i);
            t.setDaemon(true);
            t.start();
            idle.add(t);
        }
        JmxCpuSamplerTest.startBurning();
        Thread busy = new Thread(JmxCpuSamplerTest::burn, "busy");
        busy.start();
        AtomicLong reads = new AtomicLong();
        JmxCpuSampler sampler = new JmxCpuSampler(SamplerSettings.of(Duration.ofMillis(10)), counting(reads));
        try {
            started.await();
            for (int i = 0; i < 8; i++) { // the blocked threads' first reads, before they count as waiting
                sampler.sample();
                Thread.sleep(2);
            }
            reads.set(0);
            int ticks = 80;
            for (int i = 0; i < ticks; i++) {
                sampler.sample();
                Thread.sleep(2);
            }
            double perTick = reads.get() / (double) ticks;
            int live = ManagementFactory.getThreadMXBean().getThreadCount();
            System.err.printf("%d live threads: %.1f CPU-time reads per interval%n", live, perTick);
            // The busy thread, this JVM's few RUNNABLE service threads, and 100 blocked threads every 8th interval.
            assertTrue(perTick < 100.0 / JmxCpuSampler.IDLE_EVERY + 20, perTick + " reads per interval, " + live + " threads");
            List<StackSample> stacks = sampler.drain(Instant.now()).get(ProfileKind.CPU);
            assertTrue(stacks.stream().anyMatch(s -> s.frames().stream()
                    .anyMatch(f -> f.name().equals("memdebug.jmx.JmxCpuSamplerTest.burn"))), "the busy thread is sampled");
            assertTrue(stacks.stream().noneMatch(s -> s.frames().stream()
                    .anyMatch(f -> f.name().equals("java.net.ServerSocket.accept"))), "blocked threads cost nothing");
        } finally {
            JmxCpuSamplerTest.stopBurning();
            busy.join();
            for (ServerSocket server : servers) {
                server.close();
            }
            idle.forEach(LockSupport::unpark);
        }
    }

    @Test
    void samplesThatTakeLongAreSpacedSoThatSamplingKeepsToAboutThreePercentOfTheTime() throws Exception {
        AtomicLong ticks = new AtomicLong();
        Object real = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean slow = (com.sun.management.ThreadMXBean) Proxy.newProxyInstance(
                SamplerCostTest.class.getClassLoader(), new Class<?>[] {com.sun.management.ThreadMXBean.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getThreadInfo") && args[0] instanceof long[]) {
                        ticks.incrementAndGet();
                        Thread.sleep(5); // a stack walk that takes 5 ms, as a long time-to-safepoint would
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        JmxCpuSamplerTest.startBurning();
        Thread busy = new Thread(JmxCpuSamplerTest::burn, "busy");
        busy.start();
        JmxCpuSampler sampler = new JmxCpuSampler(SamplerSettings.of(Duration.ofMillis(1)), slow);
        try {
            sampler.start();
            Thread.sleep(1600);
            sampler.stop();
        } finally {
            sampler.close();
            JmxCpuSamplerTest.stopBurning();
            busy.join();
        }
        // Every 1 ms asked; each stack walk takes at least 5 ms, so once the average has caught up, walks start
        // 160 ms apart: about 25 in 1.6 s, where a sampler that only skipped missed ticks would walk about 270 times.
        assertTrue(ticks.get() <= 40, ticks.get() + " samples");
        assertTrue(ticks.get() >= 3, ticks.get() + " samples");
        assertTrue(sampler.sampling(ProfileKind.CPU).notes().isEmpty() || sampler.sampling(ProfileKind.CPU).notes().get(0)
                .contains("about 3 % of the time"), sampler.sampling(ProfileKind.CPU).notes().toString());
    }

    @Test
    void workOnVirtualThreadsIsCountedUnderOneFrameThatSaysJmxCannotSeeIt() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads: JDK 21+");
        JmxCpuSamplerTest.startBurning();
        List<Thread> virtual = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            virtual.add((Thread) Thread.class.getMethod("startVirtualThread", Runnable.class)
                    .invoke(null, (Runnable) JmxCpuSamplerTest::burn));
        }
        JmxCpuSampler sampler = new JmxCpuSampler(SamplerSettings.of(Duration.ofMillis(5)),
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean());
        List<StackSample> stacks;
        try {
            sampler.start();
            Thread.sleep(800);
            sampler.stop();
            stacks = sampler.drain(Instant.now()).get(ProfileKind.CPU);
        } finally {
            sampler.close();
            JmxCpuSamplerTest.stopBurning();
            for (Thread t : virtual) {
                t.join();
            }
        }
        long hidden = stacks.stream().filter(s -> s.frames().equals(List.of(JmxCpuSampler.VIRTUAL_THREADS)))
                .mapToLong(StackSample::weight).sum();
        assertTrue(hidden > 100_000_000, "the carriers' CPU time is counted, not lost: " + hidden + " ns");
        List<String> notes = sampler.sampling(ProfileKind.CPU).notes();
        assertEquals(1, notes.stream().filter(n -> n.contains("virtual threads ran") && n.contains("memdebug-jfr")).count(),
                notes.toString());
    }
}
