package memdebug.spi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A profile of src/test/pprof (see its README) and what go tool pprof printed for it. */
record PprofCase(String name, StackProfile profile) {

    static final Path DIR = Path.of(System.getProperty("basedir", "."), "src/test/pprof");

    static final List<String> NAMES = List.of("reference", "hot", "recursion", "alloc", "units", "counts", "empty", "ties");

    /** Reads {@code NAME.txt} into a profile; types other than cpu and alloc become made-up kinds. */
    static PprofCase read(String name) throws IOException {
        String type = "cpu";
        ValueUnit unit = ValueUnit.NANOSECONDS;
        long duration = 0;
        long time = 0;
        String file = "?";
        List<StackSample> stacks = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String key = line.substring(0, space);
            String rest = line.substring(space + 1);
            switch (key) {
                case "type" -> type = rest;
                case "unit" -> unit = switch (rest) {
                    case "nanoseconds" -> ValueUnit.NANOSECONDS;
                    case "bytes" -> ValueUnit.BYTES;
                    default -> ValueUnit.COUNT;
                };
                case "duration" -> duration = Long.parseLong(rest);
                case "time" -> time = Long.parseLong(rest);
                case "file" -> file = rest;
                case "sample" -> {
                    int cut = rest.indexOf(' ');
                    long value = Long.parseLong(rest.substring(0, cut));
                    List<Frame> frames = new ArrayList<>();
                    for (String f : rest.substring(cut + 1).split(";")) {
                        if (!f.isEmpty()) {
                            frames.add(Frame.java(f));
                        }
                    }
                    stacks.add(new StackSample(frames, 1, value));
                }
                default -> throw new IllegalArgumentException(line);
            }
        }
        ProfileKind kind = switch (type) {
            case "cpu" -> ProfileKind.CPU;
            case "alloc" -> ProfileKind.ALLOC;
            default -> new ProfileKind(type, unit, type, "the innermost frame");
        };
        Instant start = Instant.ofEpochSecond(0, time);
        ProfileInfo info = new ProfileInfo(file, "test", "hand", type, 0, start, start.plusNanos(duration), "?", "?", List.of());
        return new PprofCase(name, new StackProfile(kind, info, stacks));
    }

    /** The lines pprof printed into {@code NAME.SUFFIX}. */
    List<String> pprof(String suffix) throws IOException {
        return Files.readAllLines(DIR.resolve(name + "." + suffix), StandardCharsets.UTF_8);
    }

    /** pprof's lines from "Showing nodes" to the end: what {@link TopTable#text()} prints. */
    List<String> pprofTable(String suffix) throws IOException {
        List<String> lines = pprof(suffix);
        int from = 0;
        while (!lines.get(from).startsWith("Showing nodes")) {
            from++;
        }
        return lines.subList(from, lines.size());
    }
}
