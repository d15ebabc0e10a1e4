package memdebug.pprof;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.CodedOutputStream;

import memdebug.pprof.proto.ProfileProto.Profile;
import memdebug.pprof.proto.ProfileProto.Sample;
import memdebug.pprof.proto.ProfileProto.ValueType;
import memdebug.spi.ProfileInfo;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/**
 * Writes a {@link StackProfile} as an uncompressed pprof {@code Profile} message.
 *
 * <p>The message is streamed in field order: the sample types, then each sample as it is encoded
 * (so that a large profile is never held twice in memory), then mappings, locations, functions, the
 * string table and the scalar fields. Protobuf merges concatenated parts of a message, so the result
 * is one {@code Profile}.
 *
 * <p>Each sample has two values, {@code samples/count} and the weight in the kind's unit
 * ({@link KindTypes}); the weight is the default sample type. {@code time_nanos} is the start of
 * the interval, {@code duration_nanos} its length, {@code period} the sampling period in the kind's
 * unit (0 when unknown). The legend's other facts (backend, engine, event, JVM, collector, notes)
 * become comments, which {@code go tool pprof} prints above its reports.
 */
final class ProfileWriter {

    private ProfileWriter() {
    }

    static void write(StackProfile profile, OutputStream out) throws IOException {
        CodedOutputStream coded = CodedOutputStream.newInstance(out, 1 << 16);
        StringTable strings = new StringTable();
        KindTypes types = KindTypes.of(profile.kind());
        String unit = profile.kind().unit().id();
        Profile.newBuilder()
                .addSampleType(valueType(strings, KindTypes.SAMPLES, KindTypes.COUNT))
                .addSampleType(valueType(strings, types.weightType(), unit))
                .build().writeTo(coded);

        ProfileInfo info = profile.info();
        Mappings mappings = new Mappings(strings, info.program());
        RankedStacks stacks = RankedStacks.of(profile.stacks());
        LocationTable locations = new LocationTable(strings, mappings, stacks);
        for (int i = 0; i < stacks.size(); i++) {
            Sample.Builder sample = Sample.newBuilder();
            for (long id : locations.leafFirst(stacks.ranks(i))) {
                sample.addLocationId(id);
            }
            StackSample stack = stacks.stack(i);
            sample.addValue(stack.samples()).addValue(stack.weight());
            coded.writeMessage(Profile.SAMPLE_FIELD_NUMBER, sample.build());
        }

        Profile.Builder rest = Profile.newBuilder();
        mappings.addTo(rest);
        locations.addTo(rest);
        rest.setTimeNanos(epochNanos(info.start()))
                .setDurationNanos(nanos(info.duration()))
                .setPeriodType(valueType(strings, types.periodType(), unit))
                .setPeriod(info.period());
        for (String comment : comments(info)) {
            rest.addComment(strings.index(comment));
        }
        rest.setDefaultSampleType(strings.index(types.weightType()));
        rest.addAllStringTable(strings.strings());
        rest.build().writeTo(coded);
        coded.flush();
    }

    /** What pprof prints above its reports; none starts with {@code #}, which pprof would hide. */
    static List<String> comments(ProfileInfo info) {
        List<String> comments = new ArrayList<>();
        comments.add("memdebug: backend " + info.backend() + " (" + info.engine() + "), event " + info.event());
        comments.add("JVM: " + info.jvm() + ", collector: " + info.collector());
        for (String note : info.notes()) {
            comments.add("Note: " + note);
        }
        return comments;
    }

    private static ValueType valueType(StringTable strings, String type, String unit) {
        return ValueType.newBuilder().setType(strings.index(type)).setUnit(strings.index(unit)).build();
    }

    /** Nanoseconds since the epoch, saturating for instants beyond ±292 years. */
    private static long epochNanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
