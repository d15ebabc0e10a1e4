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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Through each real backend, in this JVM: for every kind it samples, the samples of the KIND-NNN
 * intervals add up to the session's, none lost, none counted twice. (The 3:1 shares are read from
 * the PDFs in BackendsTest and PlantedAllocTest.)
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
    @CsvSource({"memdebug.jmx.JmxMetricsProvider, cpu", "memdebug.asyncprofiler.AsyncProfilerProvider, cpu alloc",
        "memdebug.jfr.JfrMetricsProvider, cpu alloc"})
    void intervalsAddUpToTheSession(String providerClass, String kindIds) throws Exception {
        List<ProfileKind> kinds = ProfileKind.known().stream().filter(k -> List.of(kindIds.split(" ")).contains(k.id())).toList();
        Recorder recorder = new Recorder();
        RecordingMetrics metrics = new RecordingMetrics(provider(providerClass));
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir)
                .metrics(metrics).report(recorder).writeOnExit(false)
                .interval(java.time.Duration.ofMillis(5)).allocationInterval(64 * 1024).build();
        md.profile();
        for (int i = 0; i < 4; i++) {
            PlantedAlloc.run(500);
            md.dumpProfile().get(30, TimeUnit.SECONDS);
        }
        md.writeProfile();

        // Every drain of the real sampler: four for the intervals, one for the tail at the end.
        assertEquals(5, metrics.drained.size());
        for (ProfileKind kind : kinds) {
            List<StackProfile> all = recorder.profiles.stream().filter(p -> p.kind().equals(kind)).toList();
            assertEquals(5, all.size(), kind + ": four intervals and the session");
            List<Long> samples = metrics.samples(kind);
            List<Long> weights = metrics.weights(kind);
            for (int i = 0; i < 4; i++) {
                assertEquals(samples.get(i), all.get(i).totalSamples(), kind + " interval " + (i + 1) + " is its drain");
                assertEquals(weights.get(i), all.get(i).totalWeight(), kind + " interval " + (i + 1) + " weight");
                assertTrue(samples.get(i) > 0, kind + " interval " + (i + 1) + " has samples: " + samples);
            }
            StackProfile session = all.get(4);
            assertEquals(samples.stream().mapToLong(Long::longValue).sum(), session.totalSamples(),
                    kind + ": the session is every drain, each once " + samples);
            assertEquals(weights.stream().mapToLong(Long::longValue).sum(), session.totalWeight(), kind + " weights");
            // A sanity bound only: on a host whose cores are full, jmx spaces its stack walks (about 3 % of the time).
            assertTrue(session.totalSamples() > 20, kind + " samples: " + session.totalSamples());
        }
        StackProfile cpu = recorder.profiles.stream().filter(p -> p.kind().equals(ProfileKind.CPU)).toList().get(4);
        assertTrue(Recorder.weightUnder(cpu, "memdebug.examples.PlantedAlloc.computeA") > 0, "the workload is in the profile");
        if (kinds.contains(ProfileKind.ALLOC)) {
            StackProfile alloc = recorder.profiles.stream().filter(p -> p.kind().equals(ProfileKind.ALLOC)).toList().get(4);
            assertTrue(Recorder.weightUnder(alloc, "memdebug.examples.PlantedAlloc.allocateA") > 0, "allocations too");
        }
    }
}
