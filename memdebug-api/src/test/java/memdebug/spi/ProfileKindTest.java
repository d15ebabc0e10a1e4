package memdebug.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProfileKindTest {

    @Test
    void kindsWithEqualPartsAreEqualAndHashAlike() {
        ProfileKind cpu = new ProfileKind("CPU", ValueUnit.NANOSECONDS, "CPU time", "the running function");
        assertEquals(ProfileKind.CPU, cpu);
        assertEquals(ProfileKind.CPU.hashCode(), cpu.hashCode());
        assertEquals("cpu", cpu.toString());
    }

    @Test
    void everyPartCounts() {
        assertNotEquals(ProfileKind.CPU, new ProfileKind("cpu2", ValueUnit.NANOSECONDS, "CPU time", "the running function"));
        assertNotEquals(ProfileKind.CPU, new ProfileKind("cpu", ValueUnit.BYTES, "CPU time", "the running function"));
        assertNotEquals(ProfileKind.CPU, new ProfileKind("cpu", ValueUnit.NANOSECONDS, "wall time", "the running function"));
        assertNotEquals(ProfileKind.CPU, new ProfileKind("cpu", ValueUnit.NANOSECONDS, "CPU time", "the top frame"));
        assertNotEquals(ProfileKind.CPU, ProfileKind.ALLOC);
        assertNotEquals(ProfileKind.CPU, "cpu");
    }

    @Test
    void anIdOfOtherCharactersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProfileKind("cpu-time", ValueUnit.NANOSECONDS, null, null));
    }
}
