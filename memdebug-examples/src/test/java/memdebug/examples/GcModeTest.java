package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import memdebug.testkit.ChildJvm;
import memdebug.testkit.PrintedLine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GC mode as a user meets it, each case in a fresh child JVM on default settings: exact deltas
 * from the second line on, under every collector and region size, and the class line naming
 * what was kept, the host's own classes first among equals.
 */
class GcModeTest {

    private static final String KEPT_WARM_UP = "2";
    private static final int KEPT_ROUNDS = 5;

    private static ChildJvm.Result host(ChildJvm.Layout layout, List<String> jvmArgs, String... args) throws Exception {
        Path testClasses = Path.of(KeptHost.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ChildJvm child = ChildJvm.with(ChildJvm.artifact("memdebug-asyncprofiler"));
        if (layout == ChildJvm.Layout.MODULE_PATH) {
            child.jvmArg("--patch-module", "memdebug.examples=" + testClasses);
        } else {
            child.entries().add(testClasses);
        }
        ChildJvm.Result r = child.jvmArg(jvmArgs.toArray(String[]::new)).run(layout, "memdebug.examples",
                "memdebug.examples.KeptHost", args);
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void printsWithNothingBetweenThemReadZeroFromTheSecondLine(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = host(layout, List.of(), "idle", "6");
        List<PrintedLine> lines = PrintedLine.parseAll(r.out());
        assertEquals(6, lines.size(), r.out());
        long zeros = lines.subList(1, 6).stream().filter(l -> l.delta() == 0).count();
        assertTrue(zeros >= 4, "prints 2 to 6 read 0 in " + zeros + " of 5:\n" + r.out());
        assertTrue(lines.get(1).delta() <= 1024, "memdebug's own set-up is not in the second line:\n" + r.out());
        for (PrintedLine l : lines.subList(1, 6)) {
            assertEquals(l.delta() == 0, l.classes().isEmpty(), "a class line exactly under a non-zero delta: " + l);
        }
        assertFalse(r.err().contains("WARN"), "no warning on default settings: " + r.err());
    }

    @ParameterizedTest
    @CsvSource({
        "'', MODULE_PATH", "'', CLASS_PATH",
        "-Xmx256m, CLASS_PATH", "-Xmx512m, MODULE_PATH", "-XX:G1HeapRegionSize=32m, CLASS_PATH",
        "-XX:+UseParallelGC, MODULE_PATH", "-XX:+UseSerialGC, CLASS_PATH",
        "-XX:+UseZGC, MODULE_PATH", "-XX:+UseShenandoahGC, CLASS_PATH"})
    void aKeptArrayReadsItsExactSizeAndItsClass(String flags, ChildJvm.Layout layout) throws Exception {
        List<String> jvmArgs = new ArrayList<>(flags.isEmpty() ? List.of() : Arrays.asList(flags.split(" ")));
        Assumptions.assumeTrue(jvmArgs.isEmpty() || accepts(jvmArgs.get(0)), "this JDK has no " + flags);
        jvmArgs.add("-Dmemdebug.color=always");
        ChildJvm.Result r = host(layout, jvmArgs, "kept", Integer.toString(KEPT_ROUNDS));
        List<PrintedLine> lines = PrintedLine.parseAll(r.out());
        assertEquals(2 * KEPT_ROUNDS, lines.size(), r.out());
        int warmUp = 2 * Integer.parseInt(KEPT_WARM_UP);
        // The JVM's own housekeeping (a cleaner finishing call sites, a soft cache cleared) can move
        // a few KB at any print, rarely; the class line then names it. At most one line of six may
        // show that, and the array is still named first.
        List<PrintedLine> measured = lines.subList(warmUp, lines.size());
        long exact = measured.stream().filter(l -> l.delta() == 1_000_016).count();
        assertTrue(exact >= measured.size() - 1, flags + ": " + exact + " of " + measured.size() + " exact\n" + r.out());
        for (PrintedLine l : measured) {
            boolean freed = l.what().equals("freed");
            assertTrue(Math.abs(l.delta() - 1_000_016) < 16 * 1024, flags + ": " + l + "\n" + r.out());
            assertEquals(freed, l.freed(), "freed is green, kept is yellow: " + l);
            String array = freed ? "byte[] -1 (-1000016 B)" : "byte[] +1 (+1000016 B)";
            if (l.delta() == 1_000_016) {
                assertEquals(array, l.classes(), flags + ": " + l);
            } else {
                assertTrue(l.classes().startsWith(array + ", "), "the array first, then what else moved: " + l);
            }
        }
        assertFalse(r.err().contains("not exact"), "exact here, nothing to warn about: " + r.err());
    }

    @ParameterizedTest
    @EnumSource(ChildJvm.Layout.class)
    void theHostsOwnClassIsNamedAmongFreedChurnOfOtherClasses(ChildJvm.Layout layout) throws Exception {
        ChildJvm.Result r = host(layout, List.of("-Dmemdebug.color=always"), "churn", "6");
        List<PrintedLine> lines = PrintedLine.parseAll(r.out());
        assertEquals(7, lines.size(), r.out());
        for (PrintedLine l : lines.subList(1, lines.size())) {
            assertTrue(l.freed(), "about 2 MB freed: " + l);
            assertTrue(l.delta() > 1_500_000, "about 2 MB freed: " + l);
            List<String> named = names(l.classes());
            assertEquals(3, named.size(), l.toString());
            assertTrue(l.classes().contains("memdebug.examples.KeptHost$Order +100 ("), "the kept orders are named: " + l);
            assertEquals("memdebug.examples.KeptHost$Order", named.get(2), "last, the smallest change: " + l);
        }
    }

    @Test
    void classesZeroLeavesTheLineAlone() throws Exception {
        ChildJvm.Result r = host(ChildJvm.Layout.CLASS_PATH, List.of("-Dmemdebug.classes=0", "-Dmemdebug.color=always"),
                "kept", "3");
        List<String> raw = r.out().lines().toList();
        assertEquals(6, raw.size(), r.out());
        raw.forEach(PrintedLine::parse);
        List<PrintedLine> lines = PrintedLine.parseAll(r.out());
        assertEquals(1_000_016, lines.get(5).delta(), "still exact without the class line");
        assertTrue(lines.stream().allMatch(l -> l.classes().isEmpty()));
    }

    @Test
    void theClassLineIsColoredLikeTheDeltaAndGoesToTheLoggerToo() throws Exception {
        ChildJvm.Result colored = host(ChildJvm.Layout.MODULE_PATH, List.of("-Dmemdebug.color=always"), "kept", "3");
        List<String> raw = colored.out().lines().toList();
        assertTrue(raw.get(8).startsWith("\u001b[33m") && raw.get(8).endsWith("[kept]\u001b[0m"), raw.get(8));
        assertEquals(" ".repeat(20) + "\u001b[1;33mbyte[] +1 (+1000016 B)\u001b[0m", raw.get(9), colored.out());
        assertEquals(" ".repeat(20) + "\u001b[32mbyte[] -1 (-1000016 B)\u001b[0m", raw.get(11), colored.out());

        ChildJvm.Result logged = host(ChildJvm.Layout.CLASS_PATH, List.of("-Dmemdebug.output=slf4j"), "kept", "3");
        assertEquals("", logged.out());
        List<String> err = logged.err().lines().toList();
        int last = -1;
        for (int i = 0; i < err.size(); i++) {
            if (err.get(i).contains("INFO memdebug.line - ") && err.get(i).endsWith("[kept]")) {
                last = i;
            }
        }
        assertTrue(last >= 0, logged.err());
        assertEquals(" ".repeat(20) + "byte[] +1 (+1000016 B)", err.get(last + 1), "one log event, two lines: " + logged.err());
    }

    private static List<String> names(String classLine) {
        List<String> names = new ArrayList<>();
        for (String entry : classLine.split(", ")) {
            names.add(entry.substring(0, entry.indexOf(' ')));
        }
        return names;
    }

    /** True when this JDK starts with the flag (Shenandoah is not in every build). */
    private static boolean accepts(String flag) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), flag, "-version")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
