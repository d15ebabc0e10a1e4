package memdebug.asyncprofiler;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import memdebug.spi.ProfileKind;
import memdebug.spi.SamplerSettings;
import one.profiler.AsyncProfiler;

/**
 * Runs in a fresh JVM started by {@link NoFileLeftTest}: samples CPU and allocations with the
 * recording in the given folder, drains once, prints {@code DRAINED}, then ends as asked.
 */
public final class ForkedSession {

    private ForkedSession() {
    }

    /**
     * @param args the folder; {@code close}, {@code exit} (System.exit while sampling),
     *             {@code wait} (until killed) or {@code threads} (start 200 more threads, which a
     *             low open-files limit keeps async-profiler from giving perf events, then drain
     *             and close)
     */
    public static void main(String[] args) throws Exception {
        if (!new AsyncProfilerProvider().availability().available()) {
            System.out.println("UNAVAILABLE");
            return;
        }
        AsyncProfilerSampler sampler = new AsyncProfilerSampler(AsyncProfiler.getInstance(),
                new SamplerSettings(Duration.ofMillis(1), 64 * 1024, Set.of(ProfileKind.CPU, ProfileKind.ALLOC), null),
                "cpu", Path.of(args[0]));
        sampler.start();
        Burner.join(List.of(Burner.startAllocating("allocating", new java.util.function.BooleanSupplier() {
            private final long end = System.nanoTime() + 300_000_000L;

            @Override
            public boolean getAsBoolean() {
                return System.nanoTime() < end;
            }
        })));
        long samples = sampler.drain(Instant.now()).get(ProfileKind.ALLOC).size();
        System.out.println("DRAINED " + samples);
        System.out.flush();
        switch (args[1]) {
            case "threads":
                for (int i = 0; i < 200; i++) {
                    Thread t = new Thread(() -> {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            // end
                        }
                    });
                    t.setDaemon(true);
                    t.start();
                }
                Thread.sleep(200);
                sampler.drain(Instant.now());
                System.out.println("ENGINE " + sampler.engine());
                sampler.close();
                break;
            case "close":
                sampler.close();
                break;
            case "exit":
                System.exit(0);
                break;
            default:
                Thread.sleep(Long.MAX_VALUE);
        }
    }
}
