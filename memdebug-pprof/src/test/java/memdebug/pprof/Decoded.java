package memdebug.pprof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import memdebug.pprof.proto.ProfileProto.Line;
import memdebug.pprof.proto.ProfileProto.Location;
import memdebug.pprof.proto.ProfileProto.Mapping;
import memdebug.pprof.proto.ProfileProto.Profile;
import memdebug.pprof.proto.ProfileProto.Sample;

/** A parsed profile with its indices resolved, for assertions that read like pprof's -raw output. */
record Decoded(Profile p) {

    String string(long index) {
        return p.getStringTable((int) index);
    }

    Map<Long, Location> locations() {
        return p.getLocationList().stream().collect(Collectors.toMap(Location::getId, Function.identity()));
    }

    Map<Long, memdebug.pprof.proto.ProfileProto.Function> functions() {
        return p.getFunctionList().stream().collect(Collectors.toMap(
                memdebug.pprof.proto.ProfileProto.Function::getId, Function.identity()));
    }

    Map<Long, Mapping> mappings() {
        return p.getMappingList().stream().collect(Collectors.toMap(Mapping::getId, Function.identity()));
    }

    /** {@code type/unit} of each sample type. */
    List<String> sampleTypes() {
        return p.getSampleTypeList().stream().map(t -> string(t.getType()) + "/" + string(t.getUnit())).toList();
    }

    /** One line's {@code function file:line}. */
    String line(Line line) {
        var f = functions().get(line.getFunctionId());
        return string(f.getName()) + " " + string(f.getFilename()) + ":" + line.getLine();
    }

    /** The function names of a sample, root first, inlined frames expanded: what the stack was. */
    List<String> rootFirst(Sample s) {
        List<String> names = new ArrayList<>();
        Map<Long, Location> locations = locations();
        for (long id : s.getLocationIdList()) {
            List<Line> lines = locations.get(id).getLineList();
            for (Line line : lines) {
                names.add(string(functions().get(line.getFunctionId()).getName()));
            }
        }
        return reversed(names);
    }

    /** Each sample as {@code a;b;c count weight}, root first. */
    List<String> collapsed() {
        return p.getSampleList().stream()
                .map(s -> String.join(";", rootFirst(s)) + " " + s.getValue(0) + " " + s.getValue(1)).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> r = new ArrayList<>(list);
        java.util.Collections.reverse(r);
        return r;
    }
}
