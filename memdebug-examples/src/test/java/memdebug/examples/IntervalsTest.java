package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import memdebug.api.MemDebugger;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Through each real backend, in this JVM: the samples of the cpu-NNN intervals add up to the
 * session's, none lost, none counted twice. (The 3:1 share is read from the PDF in BackendsTest.)
 */
class IntervalsTest {

    @TempDir
    Path dir;

    static MetricsProvider provider(String className) {
        MetricsProvider p = ServiceLoader.load(MetricsProvider.class).stream()
                .filter(s -> s.type().getName().equals(className)).findFirst()
                .orElseThrow(() -> new AssertionError(className + " not on the class path")).get();
        assertTrue(p.availability().available(), className + ": " + p.availability().reason());
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"memdebug.jmx.JmxMetricsProvider", "memdebug.asyncprofiler.AsyncProfilerProvider",
        "memdebug.jfr.JfrMetricsProvider"})
    void intervalsAddUpToTheSession(String providerClass) throws Exception {
        Recorder recorder = new Recorder();
        RecordingMetrics metrics = new RecordingMetrics(provider(providerClass));
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir)
                .metrics(metrics).report(recorder).writeOnExit(false)
                .interval(java.time.Duration.ofMillis(5)).build();
        md.profile();
        for (int i = 0; i < 4; i++) {
            Planted.run(500);
            md.dumpProfile().get(30, TimeUnit.SECONDS);
        }
        md.writeProfile();

        List<StackProfile> all = recorder.profiles.stream().filter(p -> p.kind().equals(ProfileKind.CPU)).toList();
        assertEquals(5, all.size(), "four intervals and the session");
        // Every drain of the real sampler: four for the intervals, one for the tail at the end.
        assertEquals(5, metrics.drains.size(), metrics.drains.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(metrics.drains.get(i), all.get(i).totalSamples(), "interval " + (i + 1) + " is its drain");
        }
        long drained = metrics.drains.stream().mapToLong(Long::longValue).sum();
        StackProfile session = all.get(4);
        assertEquals(drained, session.totalSamples(), "the session is every drain, each once");
        // A sanity bound only: on a host whose cores are full, jmx spaces its stack walks (about 3 % of the time).
        assertTrue(session.totalSamples() > 20, "samples: " + session.totalSamples());
        assertTrue(Recorder.weightUnder(session, "memdebug.examples.Planted.a") > 0, "the workload is in the profile");
        for (int i = 0; i < 4; i++) {
            assertTrue(Recorder.weightUnder(all.get(i), "memdebug.examples.Planted.a") > 0,
                    "interval " + (i + 1) + " has the work done in it: samples are cut by time, not pushed to the end");
        }
        if (metrics.kinds().contains(ProfileKind.ALLOC)) {
            List<StackProfile> alloc = recorder.profiles.stream().filter(p -> p.kind().equals(ProfileKind.ALLOC)).toList();
            assertEquals(5, alloc.size(), "four intervals and the session");
            long drainedAlloc = metrics.drained.stream().mapToLong(d -> d.get(ProfileKind.ALLOC).stream()
                    .mapToLong(memdebug.spi.StackSample::weight).sum()).sum();
            assertEquals(drainedAlloc, alloc.get(4).totalWeight(), "the session's bytes are every drain's, each once");
            assertEquals(alloc.subList(0, 4).stream().mapToLong(StackProfile::totalWeight).sum()
                    + metrics.drained.get(4).get(ProfileKind.ALLOC).stream().mapToLong(memdebug.spi.StackSample::weight).sum(),
                    alloc.get(4).totalWeight(), "the intervals and the tail add up to the session");
        }
    }
}
