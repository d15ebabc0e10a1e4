package memdebug.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FrameColorsTest {

    @Test
    void everyKindHasItsOwnHueAndName() {
        Set<Integer> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (FrameKind kind : FrameKind.values()) {
            keys.add(FrameColors.key(kind));
            names.add(FrameColors.describe(kind));
        }
        assertEquals(FrameKind.values().length, keys.size());
        assertEquals(FrameKind.values().length, names.size());
        assertEquals("Java, C1-compiled", FrameColors.describe(FrameKind.C1_COMPILED));
        assertEquals("Java, JIT-compiled (C2)", FrameColors.describe(FrameKind.COMPILED));
        assertEquals("allocated type", FrameColors.describe(FrameKind.ALLOCATED_TYPE));
    }

    @Test
    void c1AndC2AreFarApart() {
        // Told apart at a glance: the channels differ by a visible amount, not a shade.
        int c1 = FrameColors.key(FrameKind.C1_COMPILED);
        int c2 = FrameColors.key(FrameKind.COMPILED);
        int distance = Math.abs((c1 >> 16 & 0xFF) - (c2 >> 16 & 0xFF)) + Math.abs((c1 >> 8 & 0xFF) - (c2 >> 8 & 0xFF))
                + Math.abs((c1 & 0xFF) - (c2 & 0xFF));
        assertTrue(distance > 80, FrameColors.hex(c1) + " vs " + FrameColors.hex(c2));
    }

    @Test
    void colorsAreFixedByNameAndKind() {
        assertEquals(FrameColors.of(FrameKind.NATIVE, "memcpy"), FrameColors.of(FrameKind.NATIVE, "memcpy"));
        assertEquals(FrameColors.of(FrameKind.NATIVE, FrameColors.shade("memcpy")), FrameColors.of(FrameKind.NATIVE, "memcpy"));
        assertEquals(4, FrameColors.shade("com.example.Work.hash"));
        assertEquals("#e05e52", FrameColors.hex(FrameColors.of(FrameKind.NATIVE, 0)));
        assertEquals(FrameColors.of(FrameKind.JAVA, 0), FrameColors.of(null, -4));
        assertEquals(FrameColors.of(FrameKind.JAVA, FrameColors.SHADES - 1), FrameColors.of(FrameKind.JAVA, 99));
        assertNotEquals(FrameColors.of(FrameKind.JAVA, 0), FrameColors.of(FrameKind.JAVA, 1));
        assertEquals("#c7c7c7", FrameColors.hex(FrameColors.ROOT));
    }

    @Test
    void theDominantKindWeighsMost() {
        long[] weights = new long[FrameKind.values().length];
        weights[FrameKind.INTERPRETED.ordinal()] = 30;
        weights[FrameKind.C1_COMPILED.ordinal()] = 50;
        weights[FrameKind.COMPILED.ordinal()] = 20;
        assertEquals(FrameKind.C1_COMPILED, FrameColors.dominant(weights));
        weights[FrameKind.COMPILED.ordinal()] = 50;
        assertEquals(FrameKind.C1_COMPILED, FrameColors.dominant(weights), "a tie goes to the kind declared first");
        assertEquals(FrameKind.JAVA, FrameColors.dominant(new long[3]));
        assertEquals(FrameKind.JAVA, FrameColors.dominant(null));
        assertEquals(FrameKind.INTERPRETED, FrameColors.dominant(new long[] {0, 5, -9, 0, 0, 0, 0, 0, 99, 99}));
    }
}
