package memdebug.pprof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import memdebug.spi.Availability;

class ProtobufRuntimeTest {

    @Test
    void theBuildsOwnProtobufRunsTheGeneratedClasses() {
        assertEquals("4.36.2", ProtobufRuntime.builtWith(), "filled in from the pom's protobuf.version");
        assertEquals(ProtobufRuntime.builtWith(), ProtobufRuntime.runtime());
        assertTrue(ProtobufRuntime.check().available(), ProtobufRuntime.check().reason());
        assertTrue(new PprofReportProvider().availability().available());
    }

    @Test
    void codeFromANewerProtobufIsRefusedWithBothVersionsNamed() {
        Availability a = ProtobufRuntime.check(4, 99, 0);
        assertFalse(a.available());
        assertTrue(a.reason().startsWith("memdebug-pprof needs com.google.protobuf:protobuf-java 4.99.0 or a newer 4.x, "
                + "but the path has 4.36.2 ("), a.reason());

        assertFalse(ProtobufRuntime.check(5, 0, 0).available(), "another major version");
    }
}
