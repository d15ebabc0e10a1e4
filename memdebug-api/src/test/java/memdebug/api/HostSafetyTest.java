package memdebug.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import memdebug.testkit.PrintedLine;
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

    @Test
    void errorsFromTheHostsToStringNeverReachTheCaller() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        MemDebugger md = MemDebugger.builder().output(buf, false).gcMode(false).build();
        Object assertion = new Object() {
            @Override
            public String toString() {
                throw new AssertionError("host invariant");
            }
        };
        Object oom = new Object() {
            @Override
            public String toString() {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        md.print(0L, "assert", assertion);
        md.print(md.mark(), "oom", oom);
        List<PrintedLine> lines = PrintedLine.parseAll(buf.toString(StandardCharsets.UTF_8));
        assertEquals("assert <toString threw AssertionError>", lines.get(0).what());
        assertEquals("oom <toString threw OutOfMemoryError>", lines.get(1).what());
    }

    @Test
    void errorsFromTheHostsStreamNeverReachTheCallerAndAreSaidOnce() throws Exception {
        int[] writes = {0};
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes[0]++;
                throw writes[0] == 1 ? new AssertionError("host stream invariant") : new OutOfMemoryError("planted");
            }
        };
        MemDebugger md = MemDebugger.builder().output(broken, false).gcMode(false).build();
        String log = LogCapture.during(() -> {
            md.print(0L, "one");
            md.print(0L, "two");
            md.print(0L, "three");
        });
        assertEquals(3, writes[0], "every line is still tried");
        assertEquals(1, log.lines().count(), log);
        assertTrue(log.contains("memdebug's lines are being lost: writing to the stream given to MemDebugger.Builder.output "
                + "failed (java.lang.AssertionError: host stream invariant)"), log);
    }

    @Test
    void aClosedStdoutIsSaidOnceInTheLogAndLaterLinesAreStillTried() throws Exception {
        int[] writes = {0};
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                writes[0]++;
                throw new IOException("Stream Closed");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("Stream Closed");
            }
        };
        PrintStream out = System.out;
        String log;
        System.setOut(new PrintStream(closed, true, StandardCharsets.UTF_8));
        try {
            MemDebugger md = MemDebugger.builder().gcMode(false).build(); // the default sink: System.out
            log = LogCapture.during(() -> {
                md.print(0L, "one");
                md.print(0L, "two");
                md.print(0L, "three");
            });
        } finally {
            System.setOut(out);
        }
        assertEquals(3, writes[0], "every line is still tried");
        assertEquals(1, log.lines().count(), log);
        assertTrue(log.contains("memdebug's lines are being lost: System.out reports a write error "
                + "(PrintStream.checkError(); it may be closed)"), log);
    }

    @Test
    void aFacadeWhoseSetUpFailsDegradesToDefaultsAndSaysWhy() throws Exception {
        MemDebugger[] made = new MemDebugger[1];
        String log = LogCapture.during(() -> made[0] = MemDebugger.orDefaults(() -> {
            throw new ExceptionInInitializerError("planted set-up failure");
        }));
        assertTrue(log.contains("memdebug could not set itself up from its settings "
                + "(java.lang.ExceptionInInitializerError: planted set-up failure); using the defaults"), log);
        assertTrue(made[0] != null && made[0].gcMode(), "a working instance with the default settings");
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
