package memdebug.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void percentagesArePprofs() {
        assertEquals("60.00%", ValueFormat.percent(600, 1000));
        assertEquals("100%", ValueFormat.percent(9996, 10000));
        assertEquals("99.94%", ValueFormat.percent(9994, 10000));
        assertEquals("0.5%", ValueFormat.percent(5, 1000));
        assertEquals("0.089%", ValueFormat.percent(89, 100_000));
        assertEquals("0.0051%", ValueFormat.percent(51, 1_000_000));
        assertEquals("1e-05%", ValueFormat.percent(1, 10_000_000));
        assertEquals("250.00%", ValueFormat.percent(5, 2));
        assertEquals("0%", ValueFormat.percent(0, 0));
        assertEquals(" 9.00%", ValueFormat.paddedPercent(9, 100));
        assertEquals("  100%", ValueFormat.paddedPercent(1, 1));
        assertEquals("  0.6%", ValueFormat.paddedPercent(6, 1000));
    }

    @Test
    void timeUnitFollowsTheSmallestUnlessFarBelowTheTotal() {
        assertEquals("ms", ValueFormat.of(ValueUnit.NANOSECONDS, 10_000_000, 1_000_000_000).suffix());
        // 10ms * 100 < 41.52s: pprof moves to seconds so that the small rows read 0.01s.
        ValueFormat seconds = ValueFormat.of(ValueUnit.NANOSECONDS, 10_000_000, 41_520_000_000L);
        assertEquals("s", seconds.suffix());
        assertEquals("0.01s", seconds.format(10_000_000));
        assertEquals("41.52s", seconds.format(41_520_000_000L));
        assertEquals("1.50s", seconds.format(1_500_000_000));
        assertEquals("0", seconds.format(4_000_000));
        // No smallest value: the total decides.
        assertEquals("us", ValueFormat.of(ValueUnit.NANOSECONDS, 0, 1500).suffix());
        // Nothing at all: pprof's default unit for time is the second.
        assertEquals("s", ValueFormat.of(ValueUnit.NANOSECONDS, 0, 0).suffix());
    }

    @Test
    void bytesArePrintedInPowersOf1024() {
        ValueFormat kb = ValueFormat.of(ValueUnit.BYTES, 1536, 50_000);
        assertEquals("kB", kb.suffix());
        assertEquals("1.50kB", kb.format(1536));
        assertEquals("48.83kB", kb.format(50_000));
        assertEquals("MB", ValueFormat.of(ValueUnit.BYTES, 600_000, 120_000_000).suffix());
        assertEquals("114.44MB", ValueFormat.of(ValueUnit.BYTES, 600_000, 120_000_000).format(120_000_000));
        assertEquals("B", ValueFormat.of(ValueUnit.BYTES, 0, 0).suffix());
        assertEquals("512B", ValueFormat.label(512, ValueUnit.BYTES));
        assertEquals("512kB", ValueFormat.label(512 * 1024, ValueUnit.BYTES));
        assertEquals("1GB", ValueFormat.label(1L << 30, ValueUnit.BYTES));
        assertEquals("2PB", ValueFormat.label(2L << 50, ValueUnit.BYTES));
        assertEquals("0", ValueFormat.label(0, ValueUnit.BYTES));
    }

    @Test
    void countsHaveNoUnit() {
        ValueFormat counts = ValueFormat.of(ValueUnit.COUNT, 3, 1_000_000);
        assertEquals("", counts.suffix());
        assertEquals("1000000", counts.format(1_000_000));
        assertEquals("1234", ValueFormat.label(1234, null));
    }

    @Test
    void labelsScaleThemselves() {
        assertEquals("2s", ValueFormat.label(2_000_000_000L, ValueUnit.NANOSECONDS));
        assertEquals("10ms", ValueFormat.label(10_000_000L, ValueUnit.NANOSECONDS));
        assertEquals("2.50s", ValueFormat.label(2_500_000_000L, ValueUnit.NANOSECONDS));
        assertEquals("1.50hrs", ValueFormat.label(5_400_000_000_000L, ValueUnit.NANOSECONDS));
        assertEquals("636.22us", ValueFormat.label(636_220, ValueUnit.NANOSECONDS));
        assertEquals("0", ValueFormat.label(0, ValueUnit.NANOSECONDS));
    }

    @Test
    void ratesArePerSecondInTheirOwnUnit() {
        assertEquals("6.25MB/s", ValueFormat.rate(13_107_200, Duration.ofSeconds(2), ValueUnit.BYTES));
        assertEquals("57.24MB/s", ValueFormat.rate(120_048_128, Duration.ofSeconds(2), ValueUnit.BYTES));
        assertEquals("1482.80/s", ValueFormat.rate(7414, Duration.ofSeconds(5), ValueUnit.COUNT));
        assertEquals("500B/s", ValueFormat.rate(1000, Duration.ofSeconds(2), ValueUnit.BYTES));
        assertEquals("", ValueFormat.rate(1000, Duration.ZERO, ValueUnit.BYTES));
        assertEquals("", ValueFormat.rate(1000, null, ValueUnit.BYTES));
    }

    @Test
    void roundingIsHalfEvenOnTheExactBinaryValue() {
        // 4525000 / 1e6 is 4.52500000000000035527… as a double: up, as Go printed "Dropped 1 node (cum <= 4.53ms)"
        // for the empty case. 0.125 is exact: a tie, to even, as Go's %.2f prints 0.12.
        ValueFormat ms = ValueFormat.of(ValueUnit.NANOSECONDS, 1_000_000, 905_000_000);
        assertEquals("4.53ms", ms.format(4_525_000));
        assertEquals("0.12s", ValueFormat.of(ValueUnit.NANOSECONDS, 10_000_000, 100_000_000_000L).format(125_000_000));
    }
}
