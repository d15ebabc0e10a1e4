package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import memdebug.api.MemDebugger;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planted allocation split through the jfr backend, as the report providers are given it:
 * {@code PlantedSmallAllocations.a} allocates three times the bytes of {@code b}. (BackendsTest reads the
 * same split from alloc.pdf in a child JVM.)
 */
class AllocationSplitTest {

    @TempDir
    Path dir;

    @Test
    void plantedAllocationsReadThreeQuartersInBytesWithTheAllocatedTypeOnTop() throws Exception {
        Recorder recorder = new Recorder();
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir)
                .metrics(IntervalsTest.provider("memdebug.jfr.JfrMetricsProvider")).report(recorder).writeOnExit(false)
                .interval(Duration.ofMillis(10)).profiles("alloc").build();
        md.profile();
        PlantedSmallAllocations.run(2000);
        md.dumpProfile().get(30, TimeUnit.SECONDS);
        PlantedSmallAllocations.run(2000);
        md.writeProfile();

        assertEquals(2, recorder.profiles.size(), "one interval and the session, allocation profiles only");
        StackProfile session = recorder.profiles.get(1);
        assertEquals(ProfileKind.ALLOC, session.kind());
        assertEquals("jfr", session.info().backend());
        assertEquals("jdk.ObjectAllocationSample", session.info().engine());
        long a = Recorder.weightUnder(session, "memdebug.examples.PlantedSmallAllocations.a");
        long b = Recorder.weightUnder(session, "memdebug.examples.PlantedSmallAllocations.b");
        double share = (double) a / (a + b);
        System.err.printf("jfr: PlantedSmallAllocations.a share %.3f of %d bytes%n", share, a + b);
        assertTrue(share >= 0.65 && share <= 0.85, "a's share of the bytes: " + share);
        StackSample fromA = session.stacks().stream()
                .filter(s -> s.frames().stream().anyMatch(f -> f.name().equals("memdebug.examples.PlantedSmallAllocations.a")))
                .findFirst().orElseThrow();
        assertEquals(new Frame("byte[]", FrameKind.ALLOCATED_TYPE), fromA.leaf());
        long first = recorder.profiles.get(0).totalWeight();
        assertTrue(first > 0 && first < session.totalWeight(), "the dump holds the first half, the session both: "
                + first + " of " + session.totalWeight());
    }
}
