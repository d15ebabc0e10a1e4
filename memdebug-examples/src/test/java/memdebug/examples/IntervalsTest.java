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
    @ValueSource(strings = {"memdebug.jmx.JmxMetricsProvider", "memdebug.asyncprofiler.AsyncProfilerProvider"})
    void intervalsAddUpToTheSession(String providerClass) throws Exception {
        Recorder recorder = new Recorder();
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir)
                .metrics(provider(providerClass)).report(recorder).writeOnExit(false)
                .interval(java.time.Duration.ofMillis(5)).build();
        md.profile();
        for (int i = 0; i < 4; i++) {
            Planted.run(500);
            md.dumpProfile().get(30, TimeUnit.SECONDS);
        }
        md.writeProfile();

        List<StackProfile> all = recorder.profiles;
        assertEquals(5, all.size(), "four intervals and the session");
        StackProfile session = all.get(4);
        long intervalSamples = 0;
        long intervalWeight = 0;
        for (StackProfile p : all.subList(0, 4)) {
            intervalSamples += p.totalSamples();
            intervalWeight += p.totalWeightNanos();
        }
        // The session also holds the tail after the last dump, where this thread only wakes up and
        // calls writeProfile(): a few samples at most (JIT threads count with async-profiler), never
        // fewer than the intervals. A lost or doubled interval would be hundreds.
        long tail = session.totalSamples() - intervalSamples;
        assertTrue(tail >= 0 && tail <= 5, "session " + session.totalSamples() + " vs intervals " + intervalSamples);
        assertTrue(session.totalWeightNanos() >= intervalWeight);
        assertTrue(session.totalSamples() > 100, "samples: " + session.totalSamples());

        assertTrue(Recorder.weightUnder(session, "memdebug.examples.Planted.a") > 0, "the workload is in the profile");
    }
}
