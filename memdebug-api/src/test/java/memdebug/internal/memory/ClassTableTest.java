package memdebug.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassTableTest {

    private static ClassHistogram histogram(ClassCount... rows) {
        long live = 0;
        for (ClassCount c : rows) {
            live += c.bytes();
        }
        return new ClassHistogram(List.of(rows), live);
    }

    private static ClassCount jdk(String name, long instances, long bytes) {
        return new ClassCount(name, instances, bytes, ClassOrigin.JDK);
    }

    private static ClassCount host(String name, long instances, long bytes) {
        return new ClassCount(name, instances, bytes, ClassOrigin.HOST);
    }

    @Test
    void firstUpdateIsEverythingGrownThenOnlyChanges() {
        ClassTable t = new ClassTable();
        assertEquals(List.of(new ClassChange("byte[]", 10, 5000), new ClassChange("java.lang.String", 10, 240)),
                t.update(histogram(jdk("byte[]", 10, 5000), jdk("java.lang.String", 10, 240)), 3));
        assertEquals(List.of(), t.update(histogram(jdk("byte[]", 10, 5000), jdk("java.lang.String", 10, 240)), 3));
        assertEquals(List.of(new ClassChange("byte[]", 1, 1_000_016)),
                t.update(histogram(jdk("byte[]", 11, 1_005_016), jdk("java.lang.String", 10, 240)), 3));
    }

    @Test
    void aClassThatIsGoneIsFreedAndForgotten() {
        ClassTable t = new ClassTable();
        t.update(histogram(jdk("byte[]", 1, 24), host("com.acme.Order", 100, 1600)), 3);
        assertEquals(List.of(new ClassChange("com.acme.Order", -100, -1600)), t.update(histogram(jdk("byte[]", 1, 24)), 3));
        assertEquals(1, t.size());
        assertEquals(List.of(new ClassChange("com.acme.Order", 1, 16)),
                t.update(histogram(jdk("byte[]", 1, 24), host("com.acme.Order", 1, 16)), 3), "known again from zero");
    }

    @Test
    void rowsOfOneNameAddUp() {
        ClassTable t = new ClassTable();
        t.update(histogram(host("com.acme.Main$$Lambda", 1, 16)), 3);
        assertEquals(List.of(new ClassChange("com.acme.Main$$Lambda", 1, 24)),
                t.update(histogram(host("com.acme.Main$$Lambda", 1, 16), host("com.acme.Main$$Lambda", 1, 24)), 3));
    }

    @Test
    void biggestChangeFirstEitherWayTiesByName() {
        ClassTable t = new ClassTable();
        t.update(histogram(jdk("a", 1, 100), jdk("b", 1, 100), jdk("c", 1, 100), jdk("d", 1, 100)), 3);
        List<ClassChange> changes = t.update(histogram(jdk("a", 1, 150), jdk("b", 1, 40), jdk("c", 1, 160), jdk("d", 1, 160)), 3);
        assertEquals(List.of(new ClassChange("b", 0, -60), new ClassChange("c", 0, 60), new ClassChange("d", 0, 60)),
                changes);
    }

    @Test
    void theHostsClassThatGrewIsNamedEvenUnderBiggerJdkChanges() {
        ClassTable t = new ClassTable();
        t.update(histogram(jdk("byte[]", 5000, 2_000_000), jdk("java.lang.String", 5000, 120_000),
                jdk("java.util.HashMap$Node", 5000, 160_000), host("com.acme.Churn", 5000, 80_000)), 3);
        // Churn freed, 100 orders kept: the orders are the smallest change of all.
        List<ClassChange> changes = t.update(histogram(jdk("byte[]", 100, 4000), jdk("java.lang.String", 100, 2400),
                jdk("java.util.HashMap$Node", 100, 3200), host("com.acme.Order", 100, 1600)), 3);
        assertEquals(List.of(new ClassChange("byte[]", -4900, -1_996_000), new ClassChange("java.util.HashMap$Node", -4900, -156_800),
                new ClassChange("com.acme.Order", 100, 1600)), changes);
        assertEquals(List.of(new ClassChange("com.acme.Order", 100, 1600)),
                new ClassTableTestDriver().firstWithLimit(1), "with one place, the host's grower has it");
    }

    @Test
    void withoutAHostGrowerTheHostClassThatShrankIsNamed() {
        ClassTable t = new ClassTable();
        t.update(histogram(jdk("byte[]", 500, 200_000), jdk("java.lang.String", 500, 12_000), host("com.acme.Order", 100, 1600)), 2);
        assertEquals(List.of(new ClassChange("byte[]", -500, -200_000), new ClassChange("com.acme.Order", -100, -1600)),
                t.update(histogram(jdk("java.lang.Object", 1, 16)), 2));
    }

    @Test
    void memdebugsOwnClassesAreNotPromoted() {
        ClassTable t = new ClassTable();
        t.update(histogram(jdk("byte[]", 1, 24)), 1);
        assertEquals(List.of(new ClassChange("byte[]", 1, 1000)), t.update(histogram(jdk("byte[]", 2, 1024),
                new ClassCount("memdebug.api.MemDebugger", 1, 64, ClassOrigin.MEMDEBUG)), 1));
    }

    @Test
    void namesOfAnyLengthAndAlphabetRoundTrip() {
        ClassTable t = new ClassTable();
        List<ClassCount> rows = new ArrayList<>();
        List<String> names = List.of("a", "x".repeat(64), "y".repeat(65), "z".repeat(300), "com.acme.\u0141\u00f3d\u017a", "\u00e9t\u00e9",
                "\u4e2d\u6587".repeat(40));
        for (int i = 0; i < names.size(); i++) {
            rows.add(host(names.get(i), 1, 16 * (i + 1)));
        }
        List<String> seen = new ArrayList<>();
        t.update(new ClassHistogram(rows, 0), 100).forEach(c -> seen.add(c.name()));
        assertEquals(names.size(), seen.size());
        assertEquals(new java.util.HashSet<>(names), new java.util.HashSet<>(seen));
        assertEquals(List.of(), t.update(new ClassHistogram(rows, 0), 100), "each name found again");
    }

    @Test
    void growsPastItsFirstBuckets() {
        ClassTable t = new ClassTable();
        List<ClassCount> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(host("com.acme.C" + i, 1, 16));
        }
        t.update(new ClassHistogram(rows, 80_000), 3);
        assertEquals(5000, t.size());
        rows.set(4321, host("com.acme.C4321", 3, 48));
        assertEquals(List.of(new ClassChange("com.acme.C4321", 2, 32)), t.update(new ClassHistogram(rows, 0), 3));
    }

    @Test
    void theFirstUpdateNamesTheBiggestClassesOnly() {
        ClassTable t = new ClassTable();
        assertEquals(List.of(new ClassChange("byte[]", 10, 5000)),
                t.update(histogram(jdk("byte[]", 10, 5000), host("org.fusesource.jansi.Ansi$Attribute", 18, 576)), 1));
    }

    @Test
    void limitZeroNamesNothing() {
        assertEquals(List.of(), new ClassTable().update(histogram(jdk("byte[]", 1, 24)), 0));
    }

    /** The same histograms as the host-grower test, ranked with one place. */
    private static final class ClassTableTestDriver {
        List<ClassChange> firstWithLimit(int limit) {
            ClassTable t = new ClassTable();
            t.update(histogram(jdk("byte[]", 5000, 2_000_000), jdk("java.lang.String", 5000, 120_000),
                    jdk("java.util.HashMap$Node", 5000, 160_000), host("com.acme.Churn", 5000, 80_000)), limit);
            return t.update(histogram(jdk("byte[]", 100, 4000), jdk("java.lang.String", 100, 2400),
                    jdk("java.util.HashMap$Node", 100, 3200), host("com.acme.Order", 100, 1600)), limit);
        }
    }
}
