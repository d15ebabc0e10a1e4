package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;
import memdebug.spi.StackSample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CPU spent in native code counts; a thread waiting in native code (blocked in I/O) does not. */
class NativeCodeTest {

    private static volatile boolean stop;

    static void deflate() {
        byte[] input = new byte[1 << 20];
        new java.util.Random(7).nextBytes(input);
        byte[] output = new byte[1 << 21];
        while (!stop) {
            java.util.zip.Deflater d = new java.util.zip.Deflater(9);
            d.setInput(input);
            d.finish();
            while (!d.finished() && !stop) {
                Workloads.sink += d.deflate(output);
            }
            d.end();
        }
    }

    @ParameterizedTest
    @EnumSource(value = SamplerChoice.class, names = {"EXECUTION", "CPU_TIME"})
    void nativeComputingCountsAndNativeWaitingDoesNot(SamplerChoice choice) throws Exception {
        assumeTrue(choice != SamplerChoice.CPU_TIME || JvmFacts.current().hasCpuTimeSampler(), "JDK 25+ on Linux");
        stop = false;
        CountDownLatch accepting = new CountDownLatch(1);
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread io = new Thread(() -> {
            accepting.countDown();
            try {
                server.accept();
            } catch (Exception ignored) {
                // closed by the test
            }
        }, "blocked-in-io");
        Thread deflater = new Thread(NativeCodeTest::deflate, "deflater");
        io.start();
        accepting.await();
        Sampler sampler = new JfrSampler(new SamplerSettings(Duration.ofMillis(5), 0, Set.of(ProfileKind.CPU),
                SamplerSettings.MEMDEBUG_THREAD_PREFIX), choice);
        List<StackSample> cpu;
        try {
            sampler.start();
            deflater.start();
            Thread.sleep(2500);
            stop = true;
            deflater.join();
            sampler.stop();
            cpu = sampler.drain(Instant.now()).get(ProfileKind.CPU);
        } finally {
            stop = true;
            sampler.close();
            server.close();
            io.join(5000);
        }
        assertEquals(choice == SamplerChoice.CPU_TIME ? "jdk.CPUTimeSample" : "jdk.ExecutionSample",
                sampler.sampling(ProfileKind.CPU).engine());
        StackSample nativeLeaf = cpu.stream().filter(s -> s.leaf().name().equals("java.util.zip.Deflater.deflateBytesBytes"))
                .findFirst().orElseThrow(() -> new AssertionError("no native deflate sample: " + cpu.stream().map(s -> s.leaf().name() + " " + s.samples()).toList() + " " + sampler.sampling(ProfileKind.CPU).notes()));
        assertEquals(FrameKind.NATIVE, nativeLeaf.leaf().kind());
        assertFalse(cpu.stream().anyMatch(s -> s.frames().stream().anyMatch(f -> f.name().equals("java.net.ServerSocket.accept"))),
                "the thread blocked in accept() costs nothing");
        if (choice == SamplerChoice.EXECUTION) {
            assertTrue(sampler.sampling(ProfileKind.CPU).notes().stream().anyMatch(n -> n.contains("native-method samples")),
                    sampler.sampling(ProfileKind.CPU).notes().toString());
        }
    }
}
