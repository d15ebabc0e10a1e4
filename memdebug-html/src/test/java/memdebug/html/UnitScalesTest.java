package memdebug.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import memdebug.spi.ValueFormat;
import memdebug.spi.ValueUnit;

/** The page formats hover values with the units memdebug.spi.ValueFormat uses. */
class UnitScalesTest {

    @ParameterizedTest
    @EnumSource(ValueUnit.class)
    void eachScaleIsOneOfItsUnitInValueFormat(ValueUnit unit) {
        String[] names = UnitScales.names(unit);
        long[] sizes = UnitScales.sizes(unit);
        assertEquals(names.length, sizes.length);
        for (int i = 0; i < names.length; i++) {
            assertEquals("1" + names[i], ValueFormat.label(sizes[i], unit));
            if (i > 0) {
                assertEquals("1.50" + names[i], ValueFormat.label(sizes[i] + sizes[i] / 2, unit));
            }
        }
    }
}
