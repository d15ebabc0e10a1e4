package memdebug.pprof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import memdebug.pprof.proto.ProfileProto.Location;
import memdebug.pprof.proto.ProfileProto.Mapping;
import memdebug.pprof.proto.ProfileProto.Profile;
import memdebug.pprof.proto.ProfileProto.Sample;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;
import memdebug.spi.ValueUnit;

class PprofReportTest {

    @Test
    void cpuProfileHasGoCpuSampleTypesPeriodTimeAndDuration() throws IOException {
        Decoded d = new Decoded(Profiles.roundTrip(Profiles.reference()));

        assertEquals(List.of("samples/count", "cpu/nanoseconds"), d.sampleTypes());
        assertEquals("cpu", d.string(d.p().getDefaultSampleType()));
        assertEquals("cpu", d.string(d.p().getPeriodType().getType()));
        assertEquals("nanoseconds", d.string(d.p().getPeriodType().getUnit()));
        assertEquals(10_000_000L, d.p().getPeriod());
        assertEquals(1_764_000_000_000_000_000L, d.p().getTimeNanos(), "2025-11-24T16:00:00Z");
        assertEquals(2_000_000_000L, d.p().getDurationNanos());
    }

    @Test
    void samplesAreTheStacksLeafFirstWithCountAndWeight() throws IOException {
        Decoded d = new Decoded(Profiles.roundTrip(Profiles.reference()));

        // Canonical order: root first, frame by frame, by name.
        assertEquals(List.of(
                "com.example.App.main 1 10000000",
                "com.example.App.main;com.example.Work.hash 60 600000000",
                "com.example.App.main;com.example.Work.sort 9 90000000",
                "com.example.App.main;com.example.Work.sort;java.util.Arrays.sort 30 300000000"), d.collapsed());
        Sample deepest = d.p().getSample(3);
        Location leaf = d.locations().get(deepest.getLocationId(0));
        assertEquals("java.util.Arrays.sort :0", d.line(leaf.getLine(0)), "location_id[0] is the leaf");
        assertEquals(1000, d.p().getSampleList().stream().mapToLong(s -> s.getValue(1)).sum() / 1_000_000);
    }

    @Test
    void functionsCarryFileAndLineWhereKnownAndEveryStringIsStoredOnce() throws IOException {
        Frame main = new Frame("com.example.App.main", FrameKind.JAVA, "App.java", 12);
        Frame hashAt40 = new Frame("com.example.Work.hash", FrameKind.JAVA, "Work.java", 40);
        Frame hashAt41 = new Frame("com.example.Work.hash", FrameKind.JAVA, "Work.java", 41);
        Frame unknown = Frame.java("jdk.internal.Unknown.run");
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.reference().info(), List.of(
                new StackSample(List.of(main, hashAt40), 2, 20),
                new StackSample(List.of(main, hashAt41), 3, 30),
                new StackSample(List.of(main, unknown), 1, 10)));
        Decoded d = new Decoded(Profiles.roundTrip(profile));

        assertEquals(3, d.p().getFunctionCount(), "hash is one function, whatever its line");
        assertEquals(4, d.p().getLocationCount(), "one location per frame and line");
        List<String> lines = d.p().getLocationList().stream().map(l -> d.line(l.getLine(0))).sorted().toList();
        assertEquals(List.of("com.example.App.main App.java:12", "com.example.Work.hash Work.java:40",
                "com.example.Work.hash Work.java:41", "jdk.internal.Unknown.run :0"), lines);
        d.p().getFunctionList().forEach(f -> assertEquals(f.getName(), f.getSystemName()));

        List<String> strings = d.p().getStringTableList();
        assertEquals("", strings.get(0), "string_table[0] is empty");
        assertEquals(strings.size(), new HashSet<>(strings).size(), "no string twice: " + strings);
    }

    @Test
    void inlinedFramesAreExtraLinesOfTheirCallersLocation() throws IOException {
        List<Frame> frames = List.of(
                new Frame("App.main", FrameKind.INTERPRETED),
                new Frame("Work.loop", FrameKind.COMPILED, "Work.java", 7),
                new Frame("Work.step", FrameKind.INLINED, "Work.java", 20),
                new Frame("Math.max", FrameKind.INLINED, "Math.java", 2000),
                new Frame("os::javaTimeNanos", FrameKind.NATIVE),
                new Frame("clock_gettime", FrameKind.KERNEL));
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.reference().info(),
                List.of(new StackSample(frames, 1, 10)));
        Decoded d = new Decoded(Profiles.roundTrip(profile));

        Sample s = d.p().getSample(0);
        assertEquals(4, s.getLocationIdCount(), "six frames, two of them inlined into Work.loop");
        assertEquals(List.of("App.main", "Work.loop", "Work.step", "Math.max", "os::javaTimeNanos", "clock_gettime"),
                d.rootFirst(s));
        Location loop = d.locations().get(s.getLocationId(2));
        assertEquals(List.of("Math.max Math.java:2000", "Work.step Work.java:20", "Work.loop Work.java:7"),
                loop.getLineList().stream().map(d::line).toList(), "innermost first, the caller last");

        List<String> mappingOfEach = s.getLocationIdList().stream()
                .map(id -> d.string(d.mappings().get(d.locations().get(id).getMappingId()).getFilename())).toList();
        assertEquals(List.of("[kernel]", "[native]", "[java jit]", "[java interpreted]"), mappingOfEach);
        Mapping jit = d.mappings().get(loop.getMappingId());
        assertTrue(jit.getHasInlineFrames() && jit.getHasFilenames() && jit.getHasLineNumbers() && jit.getHasFunctions());
        Mapping kernel = d.mappings().get(d.locations().get(s.getLocationId(0)).getMappingId());
        assertFalse(kernel.getHasInlineFrames() || kernel.getHasFilenames() || kernel.getHasLineNumbers());
        assertTrue(kernel.getHasFunctions(), "no mapping is ever symbolized by pprof");
    }

    @Test
    void theProgramIsTheFirstMappingAndEveryFrameKindHasItsOwn() throws IOException {
        List<Frame> frames = new ArrayList<>();
        for (FrameKind k : FrameKind.values()) {
            frames.add(new Frame("f." + k, k));
        }
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.reference().info(),
                List.of(new StackSample(frames, 1, 10)));
        Decoded d = new Decoded(Profiles.roundTrip(profile));

        assertEquals(List.of("myapp.jar", "[allocated type]", "[kernel]", "[native]", "[java jit]",
                        "[java c1]", "[java interpreted]", "[java]"),
                d.p().getMappingList().stream().map(m -> d.string(m.getFilename())).toList(),
                "ids in the order met, leaf first; INLINED joins its caller's location");
        assertTrue(d.p().getLocationList().stream().noneMatch(l -> l.getMappingId() == 1), "the program mapping names the file only");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), d.p().getMappingList().stream().map(Mapping::getId).toList());
    }

    @Test
    void allocationProfileUsesGoHeapNamesAndTheTypeIsTheLeaf() throws IOException {
        ProfileInfo info = new ProfileInfo("app", "async-profiler", "TLAB", "alloc", 524_288, Profiles.START,
                Profiles.START.plusSeconds(3), "jvm", "G1", List.of());
        StackProfile profile = new StackProfile(ProfileKind.ALLOC, info, List.of(
                new StackSample(List.of(Frame.java("App.main"), Frame.java("App.read"),
                        new Frame("byte[]", FrameKind.ALLOCATED_TYPE)), 4, 4_194_304),
                new StackSample(List.of(Frame.java("App.main"),
                        new Frame("java.lang.String", FrameKind.ALLOCATED_TYPE)), 1, 524_288)));
        Decoded d = new Decoded(Profiles.roundTrip(profile));

        assertEquals(List.of("samples/count", "alloc_space/bytes"), d.sampleTypes());
        assertEquals("alloc_space", d.string(d.p().getDefaultSampleType()));
        assertEquals("space/bytes", d.string(d.p().getPeriodType().getType()) + "/" + d.string(d.p().getPeriodType().getUnit()));
        assertEquals(524_288, d.p().getPeriod());
        assertEquals(List.of("App.main;App.read;byte[] 4 4194304", "App.main;java.lang.String 1 524288"), d.collapsed());
        Location type = d.locations().get(d.p().getSample(0).getLocationId(0));
        assertEquals("[allocated type]", d.string(d.mappings().get(type.getMappingId()).getFilename()));
    }

    @Test
    void aKindMemdebugDoesNotKnowIsWrittenUnderItsOwnId() throws IOException {
        ProfileKind lock = new ProfileKind("lock", ValueUnit.NANOSECONDS, "time waiting for locks", "the lock's owner");
        StackProfile profile = new StackProfile(lock, Profiles.reference().info(),
                List.of(new StackSample(List.of(Frame.java("App.main")), 2, 5_000)));
        Decoded d = new Decoded(Profiles.roundTrip(profile));

        assertEquals(List.of("samples/count", "lock/nanoseconds"), d.sampleTypes());
        assertEquals("lock", d.string(d.p().getDefaultSampleType()));
        assertEquals("lock", d.string(d.p().getPeriodType().getType()));
    }

    @Test
    void theLegendBecomesComments() throws IOException {
        ProfileInfo info = new ProfileInfo("app", "async-profiler", "perf_events", "cpu", 1_000_000, Profiles.START,
                Profiles.START.plusSeconds(1), "OpenJDK 64-Bit Server VM 25+36", "G1 Young Generation",
                List.of("12 samples lost", "# not a pprof hidden comment"));
        Decoded d = new Decoded(Profiles.roundTrip(new StackProfile(ProfileKind.CPU, info, List.of())));

        assertEquals(List.of("memdebug: backend async-profiler (perf_events), event cpu",
                        "JVM: OpenJDK 64-Bit Server VM 25+36, collector: G1 Young Generation",
                        "Note: 12 samples lost", "Note: # not a pprof hidden comment"),
                d.p().getCommentList().stream().map(d::string).toList());
    }

    @Test
    void namesSurviveWhateverTheyContain() throws IOException {
        List<String> names = List.of("com.example.Ünïcødé.日本語", "com.example.Outer$Inner.run",
                "com.example.Main.<init>", "com.example.Main.<clinit>", "com.example.Main$$Lambda/0x000071c3a4003a00.run",
                "com.example.Main$$Lambda$14/0x0000000800c03000.apply", "java.lang.invoke.LambdaForm$MH/0x00007f0c1c00d400.invoke",
                "com.example.Proxy$1.lambda$call$0", "libjvm.so`JavaCalls::call", "🔥.hot");
        List<Frame> frames = names.stream().map(Frame::java).toList();
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.reference().info(),
                List.of(new StackSample(frames, 1, 10)));
        Decoded d = new Decoded(Profiles.roundTrip(profile));

        assertEquals(names, d.rootFirst(d.p().getSample(0)));
    }

    @Test
    void theSameStacksInAnyOrderGiveTheSameBytes() throws IOException {
        StackProfile profile = Profiles.reference();
        List<StackSample> shuffled = new ArrayList<>(profile.stacks());
        Collections.shuffle(shuffled, new Random(7));
        Collections.reverse(shuffled);
        StackProfile again = new StackProfile(profile.kind(), profile.info(), shuffled);

        byte[] first = Profiles.bytes(profile);
        assertArrayEquals(first, Profiles.bytes(again));
        assertArrayEquals(first, Profiles.bytes(profile));
        assertEquals(0x1f, first[0] & 0xff, "gzip");
        assertEquals(0x8b, first[1] & 0xff, "gzip");
    }

    @Test
    void anEmptyOrNullProfileIsStillAValidProfile() throws IOException {
        Decoded d = new Decoded(Profiles.roundTrip(null));
        assertEquals(0, d.p().getSampleCount());
        assertEquals(List.of("samples/count", "cpu/nanoseconds"), d.sampleTypes());
        assertEquals(0, d.p().getTimeNanos(), "unknown start");
        assertEquals(List.of("?"), d.p().getMappingList().stream().map(m -> d.string(m.getFilename())).toList());

        StackProfile noFrames = new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(),
                List.of(new StackSample(List.of(), 3, 30)));
        Profile p = Profiles.roundTrip(noFrames);
        assertEquals(0, p.getSample(0).getLocationIdCount());
        assertEquals(List.of(3L, 30L), p.getSample(0).getValueList(), "its weight still counts in the total");
    }

    @Test
    void theCallersStreamIsFlushedAndLeftOpen() throws IOException {
        class Watched extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Watched out = new Watched();
        new PprofReportProvider().write(Profiles.reference(), out);
        assertFalse(out.closed);
        assertTrue(out.size() > 100);
    }

    @Test
    void aFailingStreamOrNoStreamIsAnIOException() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        IOException e = assertThrows(IOException.class, () -> new PprofReportProvider().write(Profiles.reference(), failing));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertThrows(IOException.class, () -> new PprofReportProvider().write(Profiles.reference(), null));
    }

    @Test
    void extremeTimesSaturate() throws IOException {
        ProfileInfo far = new ProfileInfo("p", "b", "e", "cpu", 0, java.time.Instant.MAX.minusSeconds(10),
                java.time.Instant.MAX, "j", "c", List.of());
        Profile p = Profiles.roundTrip(new StackProfile(ProfileKind.CPU, far, List.of()));
        assertEquals(Long.MAX_VALUE, p.getTimeNanos());
        assertEquals(10_000_000_000L, p.getDurationNanos());
        ProfileInfo long_ = new ProfileInfo("p", "b", "e", "cpu", 0, java.time.Instant.EPOCH,
                java.time.Instant.EPOCH.plus(Duration.ofDays(365L * 1000)), "j", "c", List.of());
        assertEquals(Long.MAX_VALUE, Profiles.roundTrip(new StackProfile(ProfileKind.CPU, long_, List.of())).getDurationNanos());
    }
}
