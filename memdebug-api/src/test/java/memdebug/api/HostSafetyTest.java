package memdebug.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import memdebug.api.FakeBackends.CountingMetrics;
import memdebug.api.FakeBackends.RecordingReport;
import org.fusesource.jansi.Ansi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** memdebug never hurts its host: global state untouched, bad input and full disks handled, logs say why. */
class HostSafetyTest {

    @TempDir
    Path dir;

    @Test
    void buildingAndPrintingToStdoutLeavesTheHostsGlobalsAlone() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        boolean ansi = Ansi.isEnabled();
        MemDebugger md = MemDebugger.builder().gcMode(false).build(); // the default sink: stdout, color auto
        md.print(0L, "to stdout");
        assertSame(out, System.out);
        assertSame(err, System.err);
        assertEquals(ansi, Ansi.isEnabled());
    }

    @Test
    void aHugeDatumKeepsTheLineBounded() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        MemDebugger md = MemDebugger.builder().output(buf, false).gcMode(false).build();
        md.print(0L, "huge", "x".repeat(5_000_000), new int[100_000][2], "日本語\uD83D\uDE00");
        String line = buf.toString(StandardCharsets.UTF_8);
        assertTrue(line.length() < 1000, "line of " + line.length() + " chars");
        assertTrue(line.endsWith("日本語\uD83D\uDE00]\n"), line);
    }

    @Test
    void badConfigurationIsLoggedOnceEachAndTheDefaultUsed() throws Exception {
        String log = LogCapture.during(() -> memdebug.internal.config.Settings.from(
                k -> switch (k) {
                    case "memdebug.interval" -> "-3";
                    case "memdebug.color" -> "purple";
                    default -> null;
                }, k -> null));
        assertTrue(log.contains("memdebug.interval=-3 is not valid"), log);
        assertTrue(log.contains("memdebug.color=purple is not valid (expected one of auto, always, never); using auto"), log);
        assertEquals(2, log.lines().count(), log);
    }

    @Test
    void dumpBeforeProfileSaysWhatToDoOnceThenStaysQuiet() throws Exception {
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir)
                .metrics(new CountingMetrics()).report(new RecordingReport()).writeOnExit(false).build();
        String log = LogCapture.during(() -> {
            md.dumpProfile();
            md.dumpProfile();
            md.writeProfile();
        });
        assertEquals(1, log.lines().filter(l -> l.contains("WARN")).count(), log);
        assertTrue(log.contains("call MemDebug.profile() first"), log);
    }

    @Test
    void aFullDiskLeavesNoHalfFileAndTheNextDumpWorksOnceSpaceIsBack() throws Exception {
        Path tiny = Files.createDirectory(dir.resolve("tiny"));
        if (!run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", tiny.toString())) {
            abort("needs root to mount a 64 KiB tmpfs; the failure path is also covered by ProfilingTest");
        }
        try {
            RecordingReport report = new RecordingReport();
            MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(tiny)
                    .metrics(new CountingMetrics()).report(report).writeOnExit(false).build();
            md.profile();
            report.padding = 200_000; // more than the disk holds
            String log = LogCapture.during(() -> {
                ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                        () -> md.dumpProfile().get(10, TimeUnit.SECONDS));
                assertTrue(e.getCause() instanceof IOException, e.toString());
            });
            assertTrue(log.contains("could not write cpu-001.txt"), log);
            assertEquals(List.of(), list(tiny), "no half-written report, no temporary file");
            report.padding = 0;
            assertEquals(tiny.resolve("cpu-002.txt"), md.dumpProfile().get(10, TimeUnit.SECONDS));
            assertTrue(md.writeProfile().isPresent());
            assertEquals(List.of("cpu-002.txt", "cpu.txt"), list(tiny));
        } finally {
            run("umount", tiny.toString());
        }
    }

    @Test
    void aReadOnlyFolderIsRefusedWithAClearLogLine() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        if (!run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", ro.toString())) {
            abort("needs root to mount a read-only tmpfs (root ignores file permissions)");
        }
        try {
            MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(ro)
                    .metrics(new CountingMetrics()).report(new RecordingReport()).writeOnExit(false).build();
            md.profile();
            String log = LogCapture.during(() -> assertTrue(md.dumpProfile().handle((p, e) -> e).get(10, TimeUnit.SECONDS)
                    instanceof IOException));
            assertTrue(log.contains("memdebug could not write cpu-001.txt in " + ro), log);
            assertTrue(log.contains("Read-only file system"), log);
            assertTrue(md.writeProfile().isEmpty());
            assertEquals(List.of(), list(ro));
        } finally {
            run("umount", ro.toString());
        }
    }

    @Test
    void lifecycleCallsFromManyThreadsAtOnceStayConsistent() throws Exception {
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir)
                .metrics(new CountingMetrics()).report(new RecordingReport()).writeOnExit(false).build();
        List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        switch ((i + id) % 5) {
                            case 0 -> md.profile();
                            case 1, 2 -> md.dumpProfile();
                            case 3 -> md.print(0L, "t", id, i);
                            default -> md.writeProfile();
                        }
                    }
                } catch (Throwable e) {
                    thrown.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        md.profile();
        assertTrue(md.writeProfile().isPresent(), "still works after the storm");
        assertEquals(List.of(), thrown);
        for (String name : list(dir)) {
            assertTrue(name.matches("cpu(-\\d{3})?\\.txt"), "only whole reports: " + name);
            assertTrue(Files.readString(dir.resolve(name)).startsWith("samples="), name);
        }
    }

    private static List<String> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
