package memdebug.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import memdebug.api.LogCapture;
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
        assertEquals(Settings.MAX_CLASSES, read(Map.of("memdebug.classes", "2147483647"), Map.of()).classes(), "capped");
        assertEquals(4, read(Map.of("memdebug.classes", " +4 "), Map.of()).classes());
        assertEquals(5, Settings.defaults().withClasses(5).classes());
        assertEquals(3, Settings.defaults().withClasses(-2).classes());
    }

    @Test
    void aHugeMaxDataMeaningUnlimitedIsCappedAtTheLineLimitAndSaidOnce() throws Exception {
        String log = LogCapture.during(() -> {
            assertEquals(65_536, read(Map.of("memdebug.maxData", "2147483647"), Map.of()).maxData());
            assertEquals(65_536, read(Map.of(), Map.of("MEMDEBUG_MAX_DATA", "2147483647")).maxData());
            assertEquals(65_536, read(Map.of("memdebug.maxData", "99999999999999999999"), Map.of()).maxData());
        });
        assertEquals(3, log.lines().count(), log);
        assertTrue(log.contains("memdebug.maxData=2147483647 is above the limit of 65536 characters; using 65536"), log);
        assertTrue(log.contains("memdebug.maxData=99999999999999999999 is above the limit of 65536 characters; using 65536"),
                log);
    }

    @Test
    void numbersWithSpacesOrASignAreRead() throws Exception {
        String log = LogCapture.during(() -> {
            assertEquals(40, read(Map.of("memdebug.maxData", " 40 "), Map.of()).maxData());
            assertEquals(40, read(Map.of("memdebug.maxData", "+40"), Map.of()).maxData());
            assertEquals(65_536, read(Map.of("memdebug.maxData", "65536"), Map.of()).maxData());
            assertEquals(Duration.ofMillis(5), read(Map.of("memdebug.interval", " 5 ms "), Map.of()).interval());
            assertEquals(Duration.ofNanos(500_000), read(Map.of("memdebug.interval", "500\u03bcs"), Map.of()).interval());
            assertEquals(Duration.ofMillis(20), read(Map.of("memdebug.interval", "20MS"), Map.of()).interval());
        });
        assertEquals("", log, "nothing to complain about");
    }

    @Test
    void oddNumbersFallBackToTheDefaultWithAReason() throws Exception {
        String log = LogCapture.during(() -> {
            for (String bad : new String[] {"-2147483648", "0", "1e3", "0x100", "2.5", "256k", "-99999999999999999999"}) {
                assertEquals(256, read(Map.of("memdebug.maxData", bad), Map.of()).maxData(), bad);
            }
            for (String bad : new String[] {"-5ms", "0", "1.5ms", "5 minutes", "ms", "--3", "-99999999999999999999ms"}) {
                assertEquals(Duration.ofMillis(10), read(Map.of("memdebug.interval", bad), Map.of()).interval(), bad);
            }
        });
        assertEquals(14, log.lines().filter(l -> l.contains(" is not valid (expected ")).count(), log);
    }

    @Test
    void aHugeIntervalIsCappedAtOneMinuteInsteadOfOverflowingTheSampler() throws Exception {
        String log = LogCapture.during(() -> {
            assertEquals(Duration.ofMinutes(1), read(Map.of("memdebug.interval", "9223372036854775807s"), Map.of()).interval());
            assertEquals(Duration.ofMinutes(1), read(Map.of("memdebug.interval", "99999999999999999999ms"), Map.of()).interval());
            assertEquals(Duration.ofMinutes(1), read(Map.of("memdebug.interval", "60s"), Map.of()).interval());
        });
        assertEquals(2, log.lines().count(), log);
        assertTrue(log.contains("memdebug.interval=9223372036854775807s is above the limit of 1m; using 1m"), log);
    }

    @Test
    void aValueIsCutAndEscapedInTheLog() throws Exception {
        String log = LogCapture.during(() -> read(Map.of("memdebug.color", "purple\nFAKE LOG LINE" + "x".repeat(10_000)),
                Map.of()));
        assertEquals(1, log.lines().count(), log);
        assertTrue(log.contains("memdebug.color=purple\\nFAKE LOG LINE" + "x".repeat(43) + "… is not valid"), log);
    }

    @Test
    void reportsAndProfilesAreListsAndTheAllocationIntervalASize() throws Exception {
        Settings s = read(Map.of("memdebug.report", " PDF, pprof,,html ", "memdebug.allocInterval", "1m"),
                Map.of("MEMDEBUG_PROFILES", "alloc", "MEMDEBUG_ALLOC_INTERVAL", "7"));
        assertEquals(java.util.List.of("pdf", "pprof", "html"), s.report());
        assertEquals(java.util.List.of("alloc"), s.profiles());
        assertEquals(1 << 20, s.allocInterval(), "the property wins");
        assertEquals(512 * 1024, read(Map.of("memdebug.allocInterval", "512K"), Map.of()).allocInterval());
        assertEquals(4096, read(Map.of("memdebug.allocInterval", "4096b"), Map.of()).allocInterval());
        String log = LogCapture.during(() -> {
            for (String bad : new String[] {"-1", "0", "1.5m", "9999999999g", "lots"}) {
                assertEquals(512 * 1024, read(Map.of("memdebug.allocInterval", bad), Map.of()).allocInterval(), bad);
            }
        });
        assertEquals(5, log.lines().filter(l -> l.contains("memdebug.allocInterval=")).count(), log);
    }
}
