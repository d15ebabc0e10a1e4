package memdebug.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files one dump (or the whole session) wrote: one per profile kind and report provider, for
 * example {@code cpu-002.pdf}, {@code alloc-002.pdf}, {@code cpu-002.pb.gz}.
 *
 * @param number the dump's number ({@code 2} for {@code cpu-002.pdf}), or 0 for the whole session
 * @param files  the files written, primary first (the first report provider's CPU report); a
 *               report that failed is missing here and logged
 */
public record Reports(int number, List<Path> files) {

    /** Copies the files; null becomes empty. */
    public Reports {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The primary report: the first report provider's CPU file (or its first kind's); empty when nothing was written. */
    public Optional<Path> primary() {
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(0));
    }

    /**
     * The file of one kind and format.
     *
     * @param kind      a profile kind's id, such as {@code "cpu"} or {@code "alloc"}
     * @param extension a report's file extension, such as {@code "pdf"} or {@code "pb.gz"}
     * @return the file, or empty when this dump wrote none of that kind and format (or a null argument)
     */
    public Optional<Path> file(String kind, String extension) {
        if (kind == null || extension == null) {
            return Optional.empty();
        }
        String k = kind.toLowerCase(Locale.ROOT);
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (name.endsWith("." + extension) && (name.startsWith(k + "-") || name.startsWith(k + "."))) {
                String stem = name.substring(0, name.length() - extension.length() - 1);
                if (stem.equals(k) || stem.matches(java.util.regex.Pattern.quote(k) + "-\\d+")) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
