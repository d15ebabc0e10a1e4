package memdebug.pprof;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import memdebug.pprof.proto.ProfileProto.Function;
import memdebug.pprof.proto.ProfileProto.Line;
import memdebug.pprof.proto.ProfileProto.Location;
import memdebug.pprof.proto.ProfileProto.Profile;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;

/**
 * The functions and locations of a profile, each once, with ids in the order they are first met.
 *
 * <p>A function is a frame's name and source file. A location is a frame with its line, in the
 * mapping of its kind ({@link Mappings}). Frames the JIT inlined ({@link FrameKind#INLINED}) are
 * not locations of their own: as pprof models inlining, they are extra lines of their caller's
 * location, innermost first, so pprof marks them {@code (inline)}. An allocated type
 * ({@link FrameKind#ALLOCATED_TYPE}) is a location like any frame: the leaf of its stack, as in
 * async-profiler's own pprof output, so that {@code -top} ranks types and flame graphs show them on top.
 *
 * <p>Frames come as ranks of {@link RankedStacks}, so a frame met again costs an array read.
 */
final class LocationTable {

    private record FunctionKey(String name, String file) {
    }

    private final StringTable strings;
    private final Mappings mappings;
    private final RankedStacks ranked;
    /** The location id of a frame that is a location alone, by rank; 0 until met. */
    private final long[] locationOfRank;
    /** The function id of a frame, by rank; 0 until met. */
    private final long[] functionOfRank;
    private final Map<FunctionKey, Long> functionIds = new HashMap<>();
    private final Map<RankRun, Long> inlinedLocationIds = new HashMap<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();

    LocationTable(StringTable strings, Mappings mappings, RankedStacks ranked) {
        this.strings = strings;
        this.mappings = mappings;
        this.ranked = ranked;
        this.locationOfRank = new long[ranked.frameCount()];
        this.functionOfRank = new long[ranked.frameCount()];
    }

    /**
     * The location ids of a stack given as ranks, root first, in pprof's order: the leaf first.
     *
     * @return as many ids as the stack has frames that are not inlined into a caller
     */
    long[] leafFirst(int[] rootFirst) {
        long[] ids = new long[rootFirst.length];
        int n = 0;
        int end = rootFirst.length;
        // From the leaf down: each location ends at a frame that was not inlined into its caller.
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && ranked.frame(rootFirst[start]).kind() == FrameKind.INLINED) {
                start--;
            }
            ids[n++] = end - start == 1 ? location(rootFirst[start]) : location(rootFirst, start, end);
            end = start;
        }
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }

    private long location(int rank) {
        long id = locationOfRank[rank];
        if (id == 0) {
            id = add(new int[] {rank}, 0, 1);
            locationOfRank[rank] = id;
        }
        return id;
    }

    private long location(int[] stack, int start, int end) {
        RankRun key = new RankRun(stack, start, end);
        Long id = inlinedLocationIds.get(key);
        if (id == null) {
            id = add(stack, start, end);
            inlinedLocationIds.put(key, id);
        }
        return id;
    }

    private long add(int[] stack, int start, int end) {
        long id = (long) locations.size() + 1;
        Location.Builder location = Location.newBuilder().setId(id);
        boolean file = false;
        boolean line = false;
        for (int i = end - 1; i >= start; i--) {
            Frame f = ranked.frame(stack[i]);
            location.addLine(Line.newBuilder().setFunctionId(function(stack[i])).setLine(f.line()));
            file |= !f.file().isEmpty();
            line |= f.line() > 0;
        }
        location.setMappingId(mappings.of(ranked.frame(stack[start]).kind(), file, line, end - start > 1));
        locations.add(location.build());
        return id;
    }

    private long function(int rank) {
        long id = functionOfRank[rank];
        if (id != 0) {
            return id;
        }
        Frame f = ranked.frame(rank);
        FunctionKey key = new FunctionKey(f.name(), f.file());
        Long known = functionIds.get(key);
        if (known == null) {
            known = (long) functions.size() + 1;
            long name = strings.index(f.name());
            functions.add(Function.newBuilder().setId(known).setName(name).setSystemName(name)
                    .setFilename(strings.index(f.file())).build());
            functionIds.put(key, known);
        }
        functionOfRank[rank] = known;
        return known;
    }

    /** Adds the locations, then the functions, in id order. */
    void addTo(Profile.Builder profile) {
        profile.addAllLocation(locations).addAllFunction(functions);
    }
}
