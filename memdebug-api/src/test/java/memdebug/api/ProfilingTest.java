package memdebug.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import memdebug.api.FakeBackends.CountingMetrics;
import memdebug.api.FakeBackends.RecordingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilingTest {

    @TempDir
    Path dir;

    private final CountingMetrics metrics = new CountingMetrics();
    private final RecordingReport report = new RecordingReport();

    private MemDebugger debugger() {
        return MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir).metrics(metrics)
                .report(report).writeOnExit(false).build();
    }

    private String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void profileTurnsGcModeOffAndTheSeriesCoversEverySampleOnce() throws Exception {
        MemDebugger md = debugger();
        assertTrue(md.gcMode());
        ProfileSession session = md.profile();
        assertFalse(md.gcMode(), "profile() turns GC mode off");
        assertTrue(metrics.started);
        Path p1 = md.dumpProfile().get(10, TimeUnit.SECONDS);
        Path p2 = md.dumpProfile().get(10, TimeUnit.SECONDS);
        session.close();
        assertTrue(metrics.stopped);
        assertEquals(dir.resolve("cpu-001.txt"), p1);
        assertEquals(dir.resolve("cpu-002.txt"), p2);
        assertEquals(List.of("cpu-001.txt", "cpu-002.txt", "cpu.txt"), files());
        // Drains gave 1, 2, then 3 at the end: the session is their sum.
        assertEquals("samples=1", read(p1));
        assertEquals("samples=2", read(p2));
        assertEquals("samples=6", read(dir.resolve("cpu.txt")));
        StackProfileCheck.sameStacks(report.written);
    }

    @Test
    void dumpReturnsWhileTheReportIsDrawnAndWriteWaitsForEveryFile() throws Exception {
        MemDebugger md = debugger();
        md.profile();
        report.hold = new CountDownLatch(1);
        CompletableFuture<Path> first = md.dumpProfile();
        CompletableFuture<Path> second = md.dumpProfile();
        assertFalse(first.isDone(), "dumpProfile() returned before its report was drawn");
        assertFalse(Files.exists(dir.resolve("cpu-001.txt")));
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                // release anyway
            }
            report.hold.countDown();
        }).start();
        Optional<Path> whole = md.writeProfile();
        assertEquals(Optional.of(dir.resolve("cpu.txt")), whole);
        assertTrue(first.isDone() && second.isDone(), "writeProfile() waited for pending dumps");
        assertEquals(List.of("cpu-001.txt", "cpu-002.txt", "cpu.txt"), files());
    }

    @Test
    void callsInTheWrongOrderAreHarmless() throws Exception {
        MemDebugger md = debugger();
        ExecutionException e = assertThrows(ExecutionException.class, () -> md.dumpProfile().get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("profile()"), e.getCause().getMessage());
        assertEquals(Optional.empty(), md.writeProfile());
        ProfileSession s = md.profile();
        md.profile(); // twice: one session
        s.close();
        s.close(); // twice: nothing more
        assertEquals(Optional.empty(), md.writeProfile());
        assertEquals(List.of("cpu.txt"), files());
        assertTrue(md.dumpProfile().isCompletedExceptionally(), "dump after write");
        md.profile(); // a new session after a write works
        assertEquals(Optional.of(dir.resolve("cpu.txt")), md.writeProfile());
    }

    @Test
    void aFailingReportLeavesNoFileAndLaterDumpsWork() throws Exception {
        MemDebugger md = debugger();
        md.profile();
        report.failWhenSamples = 2;
        assertEquals("samples=1", read(md.dumpProfile().get(5, TimeUnit.SECONDS)));
        CompletableFuture<Path> failed = md.dumpProfile();
        ExecutionException e = assertThrows(ExecutionException.class, () -> failed.get(5, TimeUnit.SECONDS));
        assertEquals("planted failure", e.getCause().getMessage());
        assertEquals("samples=3", read(md.dumpProfile().get(5, TimeUnit.SECONDS)));
        md.writeProfile();
        assertEquals(List.of("cpu-001.txt", "cpu-003.txt", "cpu.txt"), files(), "no half-written cpu-002, no temp file");
        assertEquals("samples=10", read(dir.resolve("cpu.txt")), "the failed interval still counts in the session");
    }

    @Test
    void aReportThatCallsWriteProfileWhileDrawnDoesNotDeadlock() throws Exception {
        MemDebugger[] holder = new MemDebugger[1];
        List<Optional<Path>> fromInside = new java.util.concurrent.CopyOnWriteArrayList<>();
        RecordingReport reentrant = new RecordingReport() {
            @Override
            public void write(memdebug.spi.StackProfile profile, java.io.OutputStream out) throws java.io.IOException {
                if (fromInside.isEmpty()) {
                    fromInside.add(holder[0].writeProfile());
                }
                super.write(profile, out);
            }
        };
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir).metrics(metrics)
                .report(reentrant).writeOnExit(false).build();
        holder[0] = md;
        md.profile();
        assertEquals(dir.resolve("cpu-001.txt"), md.dumpProfile().get(10, TimeUnit.SECONDS));
        assertEquals(List.of(Optional.empty()), fromInside, "the call from the writer thread did not wait for itself");
        assertEquals(Optional.empty(), md.writeProfile(), "the session was already being written");
        for (int i = 0; i < 100 && !Files.exists(dir.resolve("cpu.txt")); i++) {
            Thread.sleep(50);
        }
        assertEquals(List.of("cpu-001.txt", "cpu.txt"), files());
    }

    @Test
    void aFolderThatIsAFileIsRefusedClearlyAndAMissingOneIsMade() throws Exception {
        Path file = Files.createFile(dir.resolve("not-a-folder"));
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(file).metrics(metrics)
                .report(report).writeOnExit(false).build();
        md.profile();
        ExecutionException e = assertThrows(ExecutionException.class, () -> md.dumpProfile().get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("is a file"), e.getCause().getMessage());
        assertEquals(Optional.empty(), md.writeProfile());

        Path missing = dir.resolve("a/b");
        MemDebugger md2 = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(missing)
                .metrics(new CountingMetrics()).report(report).writeOnExit(false).build();
        md2.profile();
        assertEquals(Optional.of(missing.resolve("cpu.txt")), md2.writeProfile());
    }

    @Test
    void dumpsFromManyThreadsGetDistinctConsecutiveNumbers() throws Exception {
        MemDebugger md = debugger();
        md.profile();
        List<CompletableFuture<Path>> futures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 5; i++) {
                    futures.add(md.dumpProfile());
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        TreeSet<String> names = new TreeSet<>();
        for (CompletableFuture<Path> f : futures) {
            names.add(f.get(10, TimeUnit.SECONDS).getFileName().toString());
        }
        md.writeProfile();
        assertEquals(40, names.size());
        assertEquals("cpu-001.txt", names.first());
        assertEquals("cpu-040.txt", names.last());
        // Drains 1..40 then 41 at the end; the whole session is their sum.
        assertEquals("samples=" + (41 * 42 / 2), read(dir.resolve("cpu.txt")));
    }
}
