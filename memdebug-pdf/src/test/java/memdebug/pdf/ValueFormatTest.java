package memdebug.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    }

    @Test
    void unitFollowsSmallestFlatUnlessFarBelowLargestCum() {
        assertEquals("ms", ValueFormat.forValues(WeightBasis.WEIGHT, 10_000_000, 1_000_000_000).unit());
        // 10ms * 100 < 41.52s: pprof moves to seconds so that the small rows read 0.01s.
        ValueFormat seconds = ValueFormat.forValues(WeightBasis.WEIGHT, 10_000_000, 41_520_000_000L);
        assertEquals("s", seconds.unit());
        assertEquals("0.01s", seconds.format(10_000_000));
        assertEquals("41.52s", seconds.format(41_520_000_000L));
        assertEquals("1.50s", seconds.format(1_500_000_000));
        assertEquals("0", seconds.format(4_000_000));
        assertEquals("", ValueFormat.forValues(WeightBasis.SAMPLES, 1, 100).unit());
    }

    @Test
    void durationsScaleThemselves() {
        assertEquals("2s", ValueFormat.duration(2_000_000_000L));
        assertEquals("10ms", ValueFormat.duration(10_000_000L));
        assertEquals("2.50s", ValueFormat.duration(2_500_000_000L));
        assertEquals("1.50hrs", ValueFormat.duration(5_400_000_000_000L));
        assertEquals("0", ValueFormat.duration(0));
    }
}
