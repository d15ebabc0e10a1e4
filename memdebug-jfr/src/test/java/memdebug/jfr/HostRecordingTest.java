package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.Samples;
import memdebug.spi.StackSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording the host runs for itself, started before memdebug's session and stopped after it,
 * keeps its file, its settings and what it records; and memdebug's drains, cut while the workload
 * runs, hand over each of the workload's samples exactly once, as the host's file counts them.
 */
class HostRecordingTest {

    @TempDir
    Path dir;

    @Test
    void theHostsRecordingStaysAsItWasAndEverySampleIsDrainedOnce() throws Exception {
        Path file = dir.resolve("host.jfr");
        Map<String, String> hostSettings = Map.of(
                "jdk.ExecutionSample#enabled", "true", "jdk.ExecutionSample#period", "20 ms",
                "jdk.Flush#enabled", "true", "jdk.Flush#threshold", "0 ns");
        Recording host = new Recording(hostSettings);
        host.setName("host-own");
        host.setDestination(file);
        host.start();
        Instant workStart;
        Instant workEnd;
        List<Samples> drains = new ArrayList<>();
        Sampler sampler = JfrSamplerTest.sampler(Duration.ofMillis(10), ProfileKind.CPU, ProfileKind.ALLOC);
        try {
            sampler.start();
            assertEquals(java.util.Set.of(ProfileKind.CPU), sampler.kinds(), "the host records no allocation samples");
            assertEquals(20_000_000, sampler.sampling(ProfileKind.CPU).period(), "the host's period, not memdebug's 10 ms");
            assertTrue(sampler.sampling(ProfileKind.CPU).notes().stream().anyMatch(n -> n.contains("host-own")),
                    sampler.sampling(ProfileKind.CPU).notes().toString());
            workStart = Instant.now();
            List<Thread> worker = Workloads.start(1, false, "counted",
                    () -> Workloads.alternate(Workloads::cpuA, Workloads::cpuB, 2400));
            for (int i = 1; i <= 4; i++) { // cuts by event time: a drain that returns late still cuts where it was asked
                Instant until = workStart.plusMillis(500L * i);
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()));
                drains.add(sampler.drain(until));
            }
            Workloads.join(worker);
            workEnd = Instant.now();
            sampler.stop();
            drains.add(sampler.drain(Instant.now()));
        } finally {
            sampler.close();
        }
        assertEquals(RecordingState.RUNNING, host.getState(), "memdebug left the host's recording running");
        assertEquals(hostSettings, host.getSettings(), "and its settings as they were");
        host.stop();
        host.close();

        assertTrue(Files.size(file) > 0, "the host's recording wrote its own file");
        long inFile = 0;
        long allocationEvents = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (e.getEventType().getName().equals("jdk.ObjectAllocationSample")) {
                allocationEvents++;
            }
            if (e.getEventType().getName().equals("jdk.ExecutionSample")
                    && e.getThread("sampledThread").getJavaName().equals("counted-0")) {
                inFile++;
            }
        }
        assertEquals(0, allocationEvents, "memdebug added no events the host does not record");
        long elapsedMillis = Duration.between(workStart, workEnd).toMillis();
        assertTrue(inFile > 10 && inFile <= elapsedMillis / 20 + 2,
                "the host's file samples the thread at its own 20 ms, not memdebug's 10: " + inFile + " in " + elapsedMillis + " ms");

        long drained = 0;
        for (Samples d : drains) {
            for (StackSample s : d.get(ProfileKind.CPU)) {
                if (s.frames().stream().anyMatch(f -> f.name().equals("memdebug.jfr.Workloads.alternate"))) {
                    drained += s.samples();
                }
            }
        }
        assertEquals(inFile, drained, "every sample of the thread in exactly one drain");
        long nonEmptyIntervals = drains.subList(0, 4).stream()
                .filter(d -> d.get(ProfileKind.CPU).stream().anyMatch(s -> s.frames().stream()
                        .anyMatch(f -> f.name().equals("memdebug.jfr.Workloads.alternate")))).count();
        List<Long> perDrain = drains.stream().map(d -> d.get(ProfileKind.CPU).stream()
                .filter(s -> s.frames().stream().anyMatch(f -> f.name().equals("memdebug.jfr.Workloads.alternate")))
                .mapToLong(StackSample::samples).sum()).toList();
        assertEquals(4, nonEmptyIntervals, "each cut while the thread ran has its samples: " + perDrain + " "
                + sampler.sampling(ProfileKind.CPU).notes());
    }
}
