package memdebug.pprof;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pprof's string table: every string of a profile once, referred to by its index. Index 0 is the
 * empty string, as the format requires; indices follow the order strings are first asked for.
 */
final class StringTable {

    private final Map<String, Long> index = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    StringTable() {
        index("");
    }

    /** The index of {@code s}, added at the end when new; null counts as the empty string. */
    long index(String s) {
        String key = s == null ? "" : s;
        Long i = index.get(key);
        if (i == null) {
            i = (long) strings.size();
            index.put(key, i);
            strings.add(key);
        }
        return i;
    }

    /** Every string, in index order. */
    List<String> strings() {
        return strings;
    }
}
