package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import jdk.jfr.FlightRecorder;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import org.junit.jupiter.api.Test;

/** JFR keeps a session's chunks in its repository folder; closing the session leaves none there. */
class NoFilesTest {

    @Test
    void closingTheSamplerLeavesNoRecordingFiles() throws Exception {
        assertEquals(List.of(), FlightRecorder.getFlightRecorder().getRecordings(), "no other recording in this JVM");
        Sampler sampler = JfrSamplerTest.sampler(Duration.ofMillis(10), ProfileKind.CPU, ProfileKind.ALLOC);
        Path repository;
        try {
            sampler.start();
            Workloads.alternate(Workloads::allocA, Workloads::cpuB, 1500);
            repository = Path.of(System.getProperty("jdk.jfr.repository"));
            try (Stream<Path> files = Files.list(repository)) {
                assertTrue(files.anyMatch(f -> f.toString().endsWith(".jfr")), "while it runs, JFR writes chunks");
            }
            sampler.drain(Instant.now());
        } finally {
            sampler.close();
        }
        try (Stream<Path> files = Files.list(repository)) {
            assertEquals(List.of(), files.toList(), "nothing left in " + repository);
        }
        assertEquals(List.of(), FlightRecorder.getFlightRecorder().getRecordings(), "memdebug's recording is gone");
    }
}
