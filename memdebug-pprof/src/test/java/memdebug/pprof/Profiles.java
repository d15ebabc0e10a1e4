package memdebug.pprof;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import memdebug.pprof.proto.ProfileProto.Profile;
import memdebug.spi.Frame;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/** Profiles for tests, and the way back: written by the provider, parsed with protobuf-java. */
final class Profiles {

    static final Instant START = Instant.parse("2025-11-24T16:00:00Z");

    private Profiles() {
    }

    static ProfileInfo info(String program, Duration duration, long period, List<String> notes) {
        return new ProfileInfo(program, "jmx", "ThreadMXBean", "cpu", period, START, START.plus(duration),
                "OpenJDK 64-Bit Server VM 17.0.15+6", "G1 Young Generation, G1 Old Generation", notes);
    }

    /**
     * The profile of shared/reference/pprof-top-example.txt: App.main 10 ms self; Work.hash 600 ms
     * under main; Work.sort 90 ms self under main, calling Arrays.sort 300 ms; over 2 s, every 10 ms.
     */
    static StackProfile reference() {
        return new StackProfile(ProfileKind.CPU, info("myapp.jar", Duration.ofSeconds(2), 10_000_000L, List.of()), List.of(
                stack(1, 10, "com.example.App.main"),
                stack(60, 600, "com.example.App.main", "com.example.Work.hash"),
                stack(9, 90, "com.example.App.main", "com.example.Work.sort"),
                stack(30, 300, "com.example.App.main", "com.example.Work.sort", "java.util.Arrays.sort")));
    }

    /** A stack of Java frames, root first, with {@code ms} milliseconds of CPU time. */
    static StackSample stack(long samples, long ms, String... frames) {
        List<Frame> list = new ArrayList<>();
        for (String f : frames) {
            list.add(Frame.java(f));
        }
        return new StackSample(list, samples, ms * 1_000_000);
    }

    /** The bytes the provider writes for {@code profile}. */
    static byte[] bytes(StackProfile profile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PprofReportProvider().write(profile, out);
        return out.toByteArray();
    }

    /** Written by the provider, gunzipped and parsed back with protobuf-java. */
    static Profile roundTrip(StackProfile profile) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes(profile)))) {
            return Profile.parseFrom(in);
        }
    }
}
