package memdebug.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import memdebug.api.FakeBackends.CountingMetrics;
import memdebug.api.FakeBackends.RecordingReport;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions and their handles, several kinds and several reports, and the profiler thread. */
class SessionsTest {

    @TempDir
    Path dir;

    private MemDebugger.Builder builder(CountingMetrics metrics, RecordingReport... reports) {
        return MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(dir).metrics(metrics)
                .report(reports).writeOnExit(false);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String text(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void aStaleHandleClosedAfterANewProfileLeavesTheNewSessionRunning() throws Exception {
        CountingMetrics metrics = new CountingMetrics();
        MemDebugger md = builder(metrics, new RecordingReport()).build();
        ProfileSession first = md.profile();
        first.close();
        ProfileSession second = md.profile();
        assertTrue(second.isActive());
        assertFalse(first.isActive());
        first.close(); // stale
        assertTrue(second.isActive(), "the stale handle ended the new session");
        assertTrue(second.dump().get(5, TimeUnit.SECONDS).primary().isPresent());
        assertTrue(first.dump().isCompletedExceptionally(), "a stale handle cannot dump");
        second.close();
        assertFalse(second.isActive());
    }

    @Test
    void aNestedTryDoesNotEndTheOuterSession() throws Exception {
        MemDebugger md = builder(new CountingMetrics(), new RecordingReport()).build();
        try (ProfileSession outer = md.profile()) {
            try (ProfileSession inner = md.profile()) {
                assertTrue(inner.isActive(), "the inner handle sees the running session");
            }
            assertTrue(outer.isActive(), "closing the nested handle ended the outer session");
            assertEquals(dir.resolve("cpu-001.txt"), md.dumpProfile().get(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("cpu-001.txt", "cpu.txt"), files());
    }

    @Test
    void everySamplerCallComesFromTheProfilerThreadWhoeverCalls() throws Exception {
        CountingMetrics metrics = new CountingMetrics();
        MemDebugger md = builder(metrics, new RecordingReport()).build();
        ProfileSession s = md.profile();
        md.dumpProfile().get(5, TimeUnit.SECONDS);
        Thread other = new Thread(() -> md.dumpProfile().join(), "host-thread");
        other.start();
        other.join();
        s.close();
        assertEquals(List.of("start", "drain", "drain", "stop", "drain", "close"),
                metrics.callThreads.stream().map(c -> c.substring(0, c.indexOf('@'))).toList());
        for (String call : metrics.callThreads) {
            assertTrue(call.endsWith("@memdebug-profiler"), call);
        }
    }

    @Test
    void everyKindIsWrittenThroughEveryReportAndAllFilesAreReachable() throws Exception {
        CountingMetrics metrics = new CountingMetrics(Set.of(ProfileKind.CPU, ProfileKind.ALLOC));
        RecordingReport txt = new RecordingReport("txt");
        RecordingReport dat = new RecordingReport("pb.gz");
        MemDebugger md = builder(metrics, txt, dat).allocationInterval(4096).build();
        ProfileSession s = md.profile();
        Reports one = s.dump().get(5, TimeUnit.SECONDS);
        assertEquals(1, one.number());
        assertEquals(List.of(dir.resolve("cpu-001.txt"), dir.resolve("alloc-001.txt"), dir.resolve("cpu-001.pb.gz"),
                dir.resolve("alloc-001.pb.gz")), one.files(), "primary (first report, CPU) first");
        assertEquals(Optional.of(dir.resolve("alloc-001.pb.gz")), one.file("alloc", "pb.gz"));
        assertEquals(Optional.empty(), one.file("cpu", "html"));
        assertEquals(dir.resolve("cpu-002.txt"), md.dumpProfile().get(5, TimeUnit.SECONDS));
        Reports whole = s.write().orElseThrow();
        assertEquals(0, whole.number());
        assertEquals(Optional.of(dir.resolve("cpu.txt")), whole.primary());
        assertEquals(List.of("alloc-001.pb.gz", "alloc-001.txt", "alloc-002.pb.gz", "alloc-002.txt", "alloc.pb.gz",
                "alloc.txt", "cpu-001.pb.gz", "cpu-001.txt", "cpu-002.pb.gz", "cpu-002.txt", "cpu.pb.gz", "cpu.txt"), files());
        // Drains 1, 2, 3: the session adds them up for both kinds.
        assertEquals("samples=6", text(dir.resolve("alloc.txt")));
        StackProfile alloc = txt.written.stream().filter(p -> p.kind() == ProfileKind.ALLOC).reduce((a, b) -> b).orElseThrow();
        assertEquals(6000, alloc.totalWeight(), "bytes: 1000 per sample");
        assertEquals(4096, alloc.info().period(), "the allocation interval reaches the sampler and the legend");
        assertEquals(List.of("a planted note"), alloc.info().notes());
        assertEquals(FrameKind.ALLOCATED_TYPE, alloc.stacks().get(0).leaf().kind());
        assertEquals(4096, metrics.settings.allocationInterval());
    }

    @Test
    void oneFailingReportStopsNoOtherAndTheFutureSaysWhetherThePrimaryWasWritten() throws Exception {
        RecordingReport good = new RecordingReport("txt");
        RecordingReport bad = new RecordingReport("dat") {
            @Override
            public void write(StackProfile profile, OutputStream out) throws IOException {
                throw new IOException("planted dat failure");
            }
        };
        MemDebugger md = builder(new CountingMetrics(), bad, good).build();
        ProfileSession s = md.profile();
        ExecutionException e = assertThrows(ExecutionException.class, () -> md.dumpProfile().get(5, TimeUnit.SECONDS));
        assertEquals("planted dat failure", e.getCause().getMessage(), "the primary (first) report failed");
        assertEquals(List.of(dir.resolve("cpu-002.txt")), s.dump().get(5, TimeUnit.SECONDS).files(),
                "the other report still writes");
        assertEquals(Optional.of(dir.resolve("cpu.txt")), s.write().orElseThrow().primary());
        assertEquals(List.of("cpu-001.txt", "cpu-002.txt", "cpu.txt"), files(), "no half-written .dat, no temporary file");
    }

    @Test
    void profilesNamesTheKindsAndABackendWithoutAllocationsSaysSoOnce() throws Exception {
        CountingMetrics both = new CountingMetrics(Set.of(ProfileKind.CPU, ProfileKind.ALLOC));
        MemDebugger cpuOnly = builder(both, new RecordingReport()).profiles("cpu").build();
        cpuOnly.profile().close();
        assertEquals(Set.of(ProfileKind.CPU), both.settings.kinds());
        assertEquals(List.of("cpu.txt"), files());

        CountingMetrics cpuBackend = new CountingMetrics(Set.of(ProfileKind.CPU));
        MemDebugger md = builder(cpuBackend, new RecordingReport()).build();
        String log = LogCapture.during(() -> {
            md.profile().close();
            md.profile().close();
        });
        assertEquals(1, log.lines().filter(l -> l.contains("does not sample allocated bytes")).count(), log);
        assertEquals(List.of("cpu.txt"), files());
    }

    @Test
    void writeProfileOnAnInterruptedThreadWritesAndKeepsTheFlag() throws Exception {
        RecordingReport report = new RecordingReport();
        MemDebugger md = builder(new CountingMetrics(), report).build();
        md.profile();
        report.hold = new CountDownLatch(1);
        CompletableFuture<Path> dump = md.dumpProfile();
        new Thread(() -> {
            sleep(300);
            report.hold.countDown();
        }).start();
        Thread.currentThread().interrupt();
        Optional<Path> written = md.writeProfile();
        assertTrue(Thread.interrupted(), "the host's interrupt flag is kept (and cleared here by the test)");
        assertEquals(Optional.of(dir.resolve("cpu.txt")), written);
        assertTrue(dump.isDone());
    }

    @Test
    void hostCallbacksNeverRunOnTheProfilerThread() throws Exception {
        RecordingReport report = new RecordingReport();
        MemDebugger md = builder(new CountingMetrics(), report).build();
        md.profile();
        report.hold = new CountDownLatch(1);
        AtomicReference<String> ranOn = new AtomicReference<>();
        CompletableFuture<Void> chained = md.dumpProfile().thenAccept(p -> ranOn.set(Thread.currentThread().getName()));
        report.hold.countDown();
        chained.get(5, TimeUnit.SECONDS);
        assertNotEquals("memdebug-profiler", ranOn.get());
        md.writeProfile();
    }

    @Test
    void aFloodOfDumpsIsBoundedAndTheSkippedSamplesGoToTheNextDump() throws Exception {
        RecordingReport report = new RecordingReport();
        CountingMetrics metrics = new CountingMetrics();
        MemDebugger md = builder(metrics, report).build();
        md.profile();
        report.hold = new CountDownLatch(1);
        List<CompletableFuture<Path>> dumps = new ArrayList<>();
        String log = LogCapture.during(() -> {
            for (int i = 0; i < 300; i++) {
                dumps.add(md.dumpProfile());
            }
        });
        long refused = dumps.stream().filter(CompletableFuture::isCompletedExceptionally).count();
        assertEquals(300 - 256, refused, "256 wait, the rest are refused at once");
        assertEquals(1, log.lines().filter(l -> l.contains("dumps are waiting to be written")).count(), log);
        report.hold.countDown();
        Path last = dumps.get(255).get(10, TimeUnit.SECONDS);
        assertEquals("cpu-256.txt", last.getFileName().toString(), "refused dumps take no number");
        md.writeProfile();
        assertEquals(257, metrics.drains.get(), "256 dumps and the session's tail");
    }

    @Test
    void temporaryFilesOfDeadProcessesAreSweptAndOthersKept() throws Exception {
        long deadPid = deadPid();
        Path dead = Files.writeString(dir.resolve(".cpu-007.pdf." + deadPid + ".123.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".cpu-008.pdf." + ProcessHandle.current().pid() + ".5.tmp"), "busy");
        Path foreign = Files.writeString(dir.resolve(".notes.tmp"), "not ours");
        MemDebugger md = builder(new CountingMetrics(), new RecordingReport()).build();
        md.profile().close();
        assertFalse(Files.exists(dead), "left by a killed JVM: removed");
        assertTrue(Files.exists(live) && Files.exists(foreign));
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void aSymlinkedFolderWhoseTargetIsMissingIsCreated() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("reports"), dir.resolve("elsewhere/deep"));
        MemDebugger md = MemDebugger.builder().output(new ByteArrayOutputStream(), false).directory(link)
                .metrics(new CountingMetrics()).report(new RecordingReport()).writeOnExit(false).build();
        md.profile();
        assertEquals(Optional.of(link.resolve("cpu.txt")), md.writeProfile());
        assertTrue(Files.exists(dir.resolve("elsewhere/deep/cpu.txt")));
    }

    @Test
    void anIntervalBelowTheBackendsFloorIsRaisedAndSaidOnce() throws Exception {
        CountingMetrics metrics = new CountingMetrics() {
            @Override
            public Duration minimumInterval() {
                return Duration.ofMillis(2);
            }
        };
        MemDebugger md = builder(metrics, new RecordingReport()).interval(Duration.ofNanos(1)).build();
        String log = LogCapture.during(() -> {
            md.profile().close();
            md.profile().close();
        });
        assertEquals(Duration.ofMillis(2), metrics.settings.interval());
        assertEquals(1, log.lines().filter(l -> l.contains("memdebug.interval=1ns is shorter than")).count(), log);
    }

    @Test
    void intervalsAreCutAtTheTimeOfTheDumpCall() throws Exception {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        CountingMetrics metrics = new CountingMetrics();
        RecordingReport report = new RecordingReport();
        MemDebugger md = builder(metrics, report).wallClock(clock).build();
        md.profile();
        now[0] = now[0].plusSeconds(5);
        CompletableFuture<Path> f = md.dumpProfile();
        now[0] = now[0].plusSeconds(5); // the dump is cut at the call, whenever the thread gets to it
        f.get(5, TimeUnit.SECONDS);
        md.writeProfile();
        assertEquals(List.of(Instant.parse("2026-01-01T00:00:05Z"), Instant.parse("2026-01-01T00:00:10Z")), metrics.untils);
        assertEquals(Duration.ofSeconds(5), report.written.get(0).info().duration());
        assertEquals(Duration.ofSeconds(10), report.written.get(1).info().duration());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
