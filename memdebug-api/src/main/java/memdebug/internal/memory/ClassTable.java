package memdebug.internal.memory;

import java.util.List;

/**
 * What one memdebug instance remembers of its previous class histogram, to tell which classes'
 * live bytes changed since: per class name, its instances and bytes. Rows of one name are added
 * together; a class that no longer appears changed by minus what it had, and is forgotten.
 *
 * <p>The table's content lives only in objects of this class and its nested classes: names are
 * packed into {@code long} fields, never kept as strings or arrays. The histogram therefore
 * measures the table to the byte under the table's own class names, and {@link HistogramParser}
 * leaves those rows out: the table never shows in the heap column or in a class line, however
 * many classes the host loads. Not thread-safe; its owner calls it under its print lock.
 */
public final class ClassTable {

    private Entry[] buckets = new Entry[256];
    private int size;
    private int generation;

    /**
     * Takes {@code now} as the new state and returns the classes whose live bytes changed most
     * since the previous call, chosen and ordered by {@link ClassRanking} (the first call: the
     * biggest classes).
     *
     * @param limit the most classes to return; 0 or less returns none (the table still updates)
     */
    public List<ClassChange> update(ClassHistogram now, int limit) {
        boolean first = generation == 0;
        generation++;
        List<ClassCount> rows = now.classes();
        for (int i = 0, n = rows.size(); i < n; i++) {
            ClassCount c = rows.get(i);
            Entry e = entry(c.name(), c.origin());
            if (e.seen != generation) {
                e.seen = generation;
                e.instances = 0;
                e.bytes = 0;
            }
            e.instances += c.instances();
            e.bytes += c.bytes();
        }
        ClassRanking ranking = new ClassRanking(limit, !first);
        for (int b = 0; b < buckets.length; b++) {
            Entry previous = null;
            for (Entry e = buckets[b]; e != null; e = e.next) {
                boolean gone = e.seen != generation;
                if (gone) {
                    e.instances = 0;
                    e.bytes = 0;
                }
                if (e.bytes != e.previousBytes) {
                    ranking.offer(e, e.instances - e.previousInstances, e.bytes - e.previousBytes);
                }
                e.previousInstances = e.instances;
                e.previousBytes = e.bytes;
                if (gone) {
                    if (previous == null) {
                        buckets[b] = e.next;
                    } else {
                        previous.next = e.next;
                    }
                    size--;
                } else {
                    previous = e;
                }
            }
        }
        return ranking.result();
    }

    /** Classes the table remembers. */
    int size() {
        return size;
    }

    private Entry entry(String name, ClassOrigin origin) {
        int hash = name.hashCode();
        for (Entry e = buckets[index(hash, buckets.length)]; e != null; e = e.next) {
            if (e.hash == hash && e.is(name)) {
                return e;
            }
        }
        if (size >= buckets.length - (buckets.length >> 2)) {
            grow();
        }
        Entry e = new Entry(name, hash, origin);
        int i = index(hash, buckets.length);
        e.next = buckets[i];
        buckets[i] = e;
        size++;
        return e;
    }

    private void grow() {
        Entry[] bigger = new Entry[buckets.length * 2];
        for (Entry head : buckets) {
            Entry e = head;
            while (e != null) {
                Entry next = e.next;
                int i = index(e.hash, bigger.length);
                e.next = bigger[i];
                bigger[i] = e;
                e = next;
            }
        }
        buckets = bigger;
    }

    private static int index(int hash, int length) {
        return (hash ^ (hash >>> 16)) & (length - 1);
    }

    /**
     * One class: its name, packed into {@link Words}, and its counts in the previous and the
     * current histogram. Names of characters up to U+00FF take one byte a character, others two.
     */
    static final class Entry {
        final int hash;
        final int length;
        final boolean wide;
        final ClassOrigin origin;
        final Words words;
        long instances;
        long bytes;
        long previousInstances;
        long previousBytes;
        int seen;
        Entry next;

        Entry(String name, int hash, ClassOrigin origin) {
            this.hash = hash;
            this.length = name.length();
            this.origin = origin;
            boolean w = false;
            for (int i = 0; i < length && !w; i++) {
                w = name.charAt(i) > 0xFF;
            }
            this.wide = w;
            int perWord = w ? 4 : 8;
            int wordCount = (length + perWord - 1) / perWord;
            this.words = new Words((wordCount + Words.SIZE - 1) / Words.SIZE);
            for (int k = 0; k < wordCount; k++) {
                words.set(k, pack(name, k));
            }
        }

        /** The {@code k}-th word of {@code name} as this entry packs it. */
        private long pack(String name, int k) {
            int perWord = wide ? 4 : 8;
            int bits = wide ? 16 : 8;
            long v = 0;
            int end = Math.min(length, (k + 1) * perWord);
            for (int i = k * perWord; i < end; i++) {
                v |= (long) name.charAt(i) << ((i % perWord) * bits);
            }
            return v;
        }

        /** True when this entry's name is {@code name}. */
        boolean is(String name) {
            if (name.length() != length) {
                return false;
            }
            for (int i = 0; i < length && !wide; i++) {
                if (name.charAt(i) > 0xFF) {
                    return false;
                }
            }
            int perWord = wide ? 4 : 8;
            int wordCount = (length + perWord - 1) / perWord;
            for (int k = 0; k < wordCount; k++) {
                if (words.get(k) != pack(name, k)) {
                    return false;
                }
            }
            return true;
        }

        char charAt(int i) {
            if (wide) {
                return (char) (words.get(i >> 2) >>> ((i & 3) * 16));
            }
            return (char) ((words.get(i >> 3) >>> ((i & 7) * 8)) & 0xFF);
        }

        /** Orders names as {@link String#compareTo} does. */
        int compareName(Entry other) {
            int n = Math.min(length, other.length);
            for (int i = 0; i < n; i++) {
                int d = charAt(i) - other.charAt(i);
                if (d != 0) {
                    return d;
                }
            }
            return length - other.length;
        }

        String name() {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = charAt(i);
            }
            return new String(chars);
        }
    }

    /** Eight packed words of a name, and the next eight. */
    static final class Words {
        static final int SIZE = 8;

        private long w0;
        private long w1;
        private long w2;
        private long w3;
        private long w4;
        private long w5;
        private long w6;
        private long w7;
        private final Words next;

        /** A chain of {@code links} links (at least one). */
        Words(int links) {
            this.next = links > 1 ? new Words(links - 1) : null;
        }

        long get(int k) {
            Words w = this;
            while (k >= SIZE) {
                w = w.next;
                k -= SIZE;
            }
            return switch (k) {
                case 0 -> w.w0;
                case 1 -> w.w1;
                case 2 -> w.w2;
                case 3 -> w.w3;
                case 4 -> w.w4;
                case 5 -> w.w5;
                case 6 -> w.w6;
                default -> w.w7;
            };
        }

        void set(int k, long v) {
            Words w = this;
            while (k >= SIZE) {
                w = w.next;
                k -= SIZE;
            }
            switch (k) {
                case 0 -> w.w0 = v;
                case 1 -> w.w1 = v;
                case 2 -> w.w2 = v;
                case 3 -> w.w3 = v;
                case 4 -> w.w4 = v;
                case 5 -> w.w5 = v;
                case 6 -> w.w6 = v;
                default -> w.w7 = v;
            }
        }
    }
}
