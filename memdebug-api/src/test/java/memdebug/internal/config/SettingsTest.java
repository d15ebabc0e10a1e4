package memdebug.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Settings read(Map<String, String> props, Map<String, String> env) {
        return Settings.from(props::get, env::get);
    }

    @Test
    void defaultsWhenNothingIsSet() {
        Settings s = read(Map.of(), Map.of());
        assertEquals(Settings.defaults(), s);
        assertEquals(Duration.ofMillis(10), s.interval());
        assertEquals(256, s.maxData());
        assertEquals(ColorMode.AUTO, s.color());
    }

    @Test
    void propertiesWinOverEnvironment() {
        Settings s = read(Map.of("memdebug.gc", "false", "memdebug.interval", "5ms", "memdebug.maxData", "40"),
                Map.of("MEMDEBUG_GC", "true", "MEMDEBUG_DIR", "/tmp/reports", "MEMDEBUG_WRITE_ON_EXIT", "false",
                        "MEMDEBUG_OUTPUT", "slf4j"));
        assertFalse(s.gc());
        assertEquals(Duration.ofMillis(5), s.interval());
        assertEquals(40, s.maxData());
        assertEquals(Path.of("/tmp/reports"), s.dir());
        assertFalse(s.writeOnExit());
        assertEquals(OutputTarget.SLF4J, s.output());
    }

    @Test
    void badValuesFallBackToDefaults() {
        Settings s = read(Map.of("memdebug.interval", "-3", "memdebug.color", "purple", "memdebug.maxData", "lots",
                "memdebug.gc", "maybe", "memdebug.output", "printer"), Map.of());
        assertEquals(Settings.defaults(), s);
    }

    @Test
    void intervalUnits() {
        assertEquals(Duration.ofNanos(500_000), read(Map.of("memdebug.interval", "500us"), Map.of()).interval());
        assertEquals(Duration.ofSeconds(1), read(Map.of("memdebug.interval", "1s"), Map.of()).interval());
        assertEquals(Duration.ofMillis(20), read(Map.of("memdebug.interval", "20"), Map.of()).interval());
    }

    @Test
    void noColorEnvironmentMeansNever() {
        assertEquals(ColorMode.NEVER, read(Map.of("memdebug.color", "always"), Map.of("NO_COLOR", "1")).color());
        assertEquals(ColorMode.ALWAYS, read(Map.of("memdebug.color", "always"), Map.of("NO_COLOR", "")).color());
    }

    @Test
    void classesOnAClassLine() {
        assertEquals(3, read(Map.of(), Map.of()).classes());
        assertEquals(0, read(Map.of("memdebug.classes", "0"), Map.of()).classes());
        assertEquals(7, read(Map.of(), Map.of("MEMDEBUG_CLASSES", "7")).classes());
        assertEquals(3, read(Map.of("memdebug.classes", "-1"), Map.of()).classes(), "negative: the default");
        assertEquals(3, read(Map.of("memdebug.classes", "three"), Map.of()).classes());
        assertEquals(5, Settings.defaults().withClasses(5).classes());
        assertEquals(3, Settings.defaults().withClasses(-2).classes());
    }
}
