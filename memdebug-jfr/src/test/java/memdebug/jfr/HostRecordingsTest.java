package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostRecordingsTest {

    private static final HostRecordings TWO = new HostRecordings(List.of("default", "profile"), List.of(
            Map.of("jdk.ExecutionSample#enabled", "true", "jdk.ExecutionSample#period", "20 ms",
                    "jdk.ObjectAllocationSample#enabled", "true", "jdk.ObjectAllocationSample#throttle", "150/s"),
            Map.of("jdk.ExecutionSample#enabled", "true", "jdk.ExecutionSample#period", "10 ms",
                    "jdk.ObjectAllocationSample#enabled", "true", "jdk.ObjectAllocationSample#throttle", "300/s",
                    "jdk.CPUTimeSample#enabled", "true", "jdk.CPUTimeSample#throttle", "10ms",
                    "jdk.CPUTimeSample#stackTrace", "false",
                    "jdk.NativeMethodSample#enabled", "false", "jdk.NativeMethodSample#period", "1 ms")));

    @Test
    void mergedValuesAreTheShortestPeriodAndTheHighestRate() {
        assertEquals(Optional.of(Duration.ofMillis(10)), TWO.shortestPeriod("jdk.ExecutionSample"));
        assertEquals(Optional.of("300/s"), TWO.highestRate("jdk.ObjectAllocationSample"));
        assertTrue(TWO.records("jdk.ExecutionSample"));
        assertFalse(TWO.records("jdk.NativeMethodSample"), "disabled");
        assertEquals(Optional.empty(), TWO.shortestPeriod("jdk.NativeMethodSample"), "a disabled event's period does not count");
        assertFalse(TWO.records("jdk.CPUTimeSample"), "without stack traces memdebug cannot use it");
        assertFalse(TWO.records("jdk.Flush"));
        assertTrue(HostRecordings.none().isEmpty());
    }

    @Test
    void spansAndRatesParseAsJfrWritesThem() {
        assertEquals(Optional.of(Duration.ofMillis(20)), HostRecordings.span("20 ms"));
        assertEquals(Optional.of(Duration.ofMillis(10)), HostRecordings.span("10ms"));
        assertEquals(Optional.of(Duration.ofNanos(1500)), HostRecordings.span("1500 ns"));
        assertEquals(Optional.of(Duration.ofSeconds(1)), HostRecordings.span("1 s"));
        assertEquals(Optional.of(Duration.ofNanos(7000)), HostRecordings.span("7 us"));
        assertEquals(Optional.empty(), HostRecordings.span("everyChunk"));
        assertEquals(Optional.empty(), HostRecordings.span("99999999999999999999999 ms"));
        assertEquals(Optional.empty(), HostRecordings.span(null));
        assertEquals(150.0, HostRecordings.perSecond("150/s"));
        assertEquals(2000.0, HostRecordings.perSecond("2/ms"));
        assertEquals(1.0, HostRecordings.perSecond("60/m"));
        assertEquals(-1.0, HostRecordings.perSecond("off"));
    }
}
