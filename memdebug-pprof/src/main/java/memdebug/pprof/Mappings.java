package memdebug.pprof;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

import memdebug.pprof.proto.ProfileProto.Mapping;
import memdebug.pprof.proto.ProfileProto.Profile;
import memdebug.spi.FrameKind;

/**
 * The profile's mappings, which pprof reads as "the binary this code came from". Mapping 1 is the
 * program, so that pprof prints {@code File: <program>}; no location points to it. Every frame kind
 * in the profile gets its own mapping with a bracketed name such as {@code [java jit]} or
 * {@code [kernel]}: each location keeps its frame's kind, and pprof's {@code -focus}, {@code -ignore},
 * {@code -hide} and {@code -show}, which also match mapping names, can select code by kind
 * ({@code -hide='^\[kernel\]$'}). Each mapping says that functions are known, so that pprof never
 * tries to symbolize it.
 */
final class Mappings {

    /** The id of the program's mapping. */
    static final long PROGRAM = 1;

    private final StringTable strings;
    private final String program;
    private final Map<FrameKind, Mapping.Builder> byKind = new EnumMap<>(FrameKind.class);

    Mappings(StringTable strings, String program) {
        this.strings = strings;
        this.program = program;
    }

    /** The pprof name of the mapping for frames of {@code kind}. */
    static String fileName(FrameKind kind) {
        return switch (kind) {
            case JAVA -> "[java]";
            case INTERPRETED -> "[java interpreted]";
            case C1_COMPILED -> "[java c1]";
            case COMPILED -> "[java jit]";
            case INLINED -> "[java inlined]";
            case NATIVE -> "[native]";
            case KERNEL -> "[kernel]";
            case ALLOCATED_TYPE -> "[allocated type]";
        };
    }

    /**
     * The mapping id for a location whose outermost frame has {@code kind}, created on first use.
     *
     * @param file   whether a function of the location has a source file
     * @param line   whether a line of the location has a line number
     * @param inline whether the location has inlined frames
     */
    long of(FrameKind kind, boolean file, boolean line, boolean inline) {
        Mapping.Builder m = byKind.get(kind);
        if (m == null) {
            long id = PROGRAM + 1 + byKind.size();
            m = Mapping.newBuilder().setId(id).setFilename(strings.index(fileName(kind))).setHasFunctions(true);
            byKind.put(kind, m);
        }
        if (file) {
            m.setHasFilenames(true);
        }
        if (line) {
            m.setHasLineNumbers(true);
        }
        if (inline) {
            m.setHasInlineFrames(true);
        }
        return m.getId();
    }

    /** Adds the program's mapping, then the others in the order they were first used. */
    void addTo(Profile.Builder profile) {
        profile.addMapping(Mapping.newBuilder().setId(PROGRAM).setFilename(strings.index(program)).setHasFunctions(true));
        byKind.values().stream().sorted(Comparator.comparingLong(Mapping.Builder::getId)).forEach(profile::addMapping);
    }
}
