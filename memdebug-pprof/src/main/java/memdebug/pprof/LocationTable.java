package memdebug.pprof;

import java.util.ArrayList;
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
 */
final class LocationTable {

    private record FunctionKey(String name, String file) {
    }

    private final StringTable strings;
    private final Mappings mappings;
    private final Map<FunctionKey, Long> functionIds = new HashMap<>();
    private final List<Function> functions = new ArrayList<>();
    /** Keyed by the frame alone, or by the list of frames (outermost first) for a location with inlined frames. */
    private final Map<Object, Long> locationIds = new HashMap<>();
    private final List<Location> locations = new ArrayList<>();

    LocationTable(StringTable strings, Mappings mappings) {
        this.strings = strings;
        this.mappings = mappings;
    }

    /**
     * The location ids of a stack given root first, in pprof's order: the leaf first.
     *
     * @return as many ids as the stack has frames that are not inlined into a caller
     */
    long[] leafFirst(List<Frame> rootFirst) {
        long[] ids = new long[rootFirst.size()];
        int n = 0;
        int end = rootFirst.size();
        // From the leaf down: each location ends at a frame that was not inlined into its caller.
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && rootFirst.get(start).kind() == FrameKind.INLINED) {
                start--;
            }
            ids[n++] = location(rootFirst, start, end);
            end = start;
        }
        return n == ids.length ? ids : java.util.Arrays.copyOf(ids, n);
    }

    private long location(List<Frame> frames, int start, int end) {
        Object key = end - start == 1 ? frames.get(start) : List.copyOf(frames.subList(start, end));
        Long id = locationIds.get(key);
        if (id != null) {
            return id;
        }
        id = (long) locations.size() + 1;
        Location.Builder location = Location.newBuilder().setId(id);
        boolean file = false;
        boolean line = false;
        for (int i = end - 1; i >= start; i--) {
            Frame f = frames.get(i);
            location.addLine(Line.newBuilder().setFunctionId(function(f)).setLine(f.line()));
            file |= !f.file().isEmpty();
            line |= f.line() > 0;
        }
        location.setMappingId(mappings.of(frames.get(start).kind(), file, line, end - start > 1));
        locations.add(location.build());
        locationIds.put(key, id);
        return id;
    }

    private long function(Frame f) {
        FunctionKey key = new FunctionKey(f.name(), f.file());
        Long id = functionIds.get(key);
        if (id == null) {
            id = (long) functions.size() + 1;
            long name = strings.index(f.name());
            functions.add(Function.newBuilder().setId(id).setName(name).setSystemName(name)
                    .setFilename(strings.index(f.file())).build());
            functionIds.put(key, id);
        }
        return id;
    }

    /** Adds the locations, then the functions, in id order. */
    void addTo(Profile.Builder profile) {
        profile.addAllLocation(locations).addAllFunction(functions);
    }
}
