package memdebug.benchmarks;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import memdebug.api.MemDebugger;
import memdebug.testkit.ChildJvm;

/**
 * The child side of {@link SamplerCostSuite}: starts {@code threads} idle threads (parked, or
 * blocked in {@code accept()} on a socket each, which leaves them RUNNABLE in native code), profiles at
 * 10 ms with one backend, and prints the CPU time memdebug's own threads ({@code memdebug-…}) used
 * per second of wall time over the window, as a share of one core.
 */
public final class SamplerCostRun {

    private SamplerCostRun() {
    }

    /** @param args backend, idle thread count, {@code parked} or {@code io}, window in ms (default 5000) */
    public static void main(String[] args) throws Exception {
        String backend = args[0];
        int count = Integer.parseInt(args[1]);
        boolean io = args.length > 2 && args[2].equals("io");
        long window = args.length > 3 ? Long.parseLong(args[3]) : 5000;
        CountDownLatch started = new CountDownLatch(count);
        List<ServerSocket> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // One socket each: threads accepting on one socket queue on its lock (WAITING), not in native code.
            ServerSocket server = io ? new ServerSocket(0, 1, InetAddress.getLoopbackAddress()) : null;
            if (server != null) {
                servers.add(server);
            }
            Thread t = new Thread(() -> {
                started.countDown();
                if (io) {
                    try {
                        server.accept();
                    } catch (Exception ignored) {
                        // closed at exit
                    }
                } else {
                    LockSupport.park();
                }
            }, "idle-" + i);
            t.setDaemon(true);
            t.start();
        }
        started.await();
        Path dir = Files.createTempDirectory("memdebug-cost");
        RecordingReport report = new RecordingReport();
        MemDebugger memdebug = MemDebugger.builder().output(OutputStream.nullOutputStream(), false).gcMode(false)
                .directory(dir).interval(Duration.ofMillis(10)).metrics(Backends.provider(backend)).report(report)
                .writeOnExit(false).build();
        memdebug.profile();
        Thread.sleep(1000); // settle
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = memdebugCpu(mx);
        long t0 = System.nanoTime();
        Thread.sleep(window);
        long cpu = memdebugCpu(mx) - cpu0;
        double wall = System.nanoTime() - t0;
        int live = mx.getThreadCount();
        memdebug.writeProfile().ifPresent(f -> f.toFile().delete());
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
        for (ServerSocket server : servers) {
            server.close();
        }
        System.out.println(ChildJvm.RESULT + String.format(Locale.ROOT, "%.4f\t%d", cpu / wall, live));
    }

    /** CPU time of memdebug's threads and of JFR's (which work for memdebug here). */
    private static long memdebugCpu(ThreadMXBean mx) {
        long sum = 0;
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds(), 0)) {
            if (info != null && (info.getThreadName().startsWith("memdebug-") || info.getThreadName().startsWith("JFR "))) {
                sum += Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }
}
