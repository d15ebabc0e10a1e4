package memdebug.internal.memory;

import java.util.List;

/**
 * Runs every branch of the histogram parser, the class table and the ranking once, on made-up
 * histograms, before GC mode's first snapshot. Their classes are then loaded (a class's mirror
 * is a heap object) and their string constants interned, so neither shows later in a user's
 * delta when the JIT compiles them (see {@code LinePrimer} for the same on the line's code).
 */
final class ClassesPrimer {

    private ClassesPrimer() {
    }

    /** Parses and ranks made-up histograms that reach every branch. */
    static void prime() {
        String own = ClassTable.class.getName();
        StringBuilder text = new StringBuilder(2048)
                .append(" num     #instances         #bytes  class name (module)\n")
                .append("-------------------------------------------------------\n");
        String[] rows = {"[B (java.base@17.0.15)", "[C (java.base@17.0.15)", "[D (java.base@17.0.15)",
            "[F (java.base@17.0.15)", "[I (java.base@17.0.15)", "[J (java.base@17.0.15)", "[S (java.base@17.0.15)",
            "[Z (java.base@17.0.15)", "[[I (java.base@17.0.15)", "[Ljava.lang.String; (java.base@17.0.15)",
            "java.lang.String (java.base@17.0.15)", "com.acme.Order", "com.acme.Order (com.acme@1.0)",
            "com.acme.Main$$Lambda$14/0x0000000800c0a0a0", "[Lcom.acme.Main$$Lambda/0x0000000800c0a0a0;",
            "memdebug.internal.Primed (memdebug.api)", "jdk.internal.vm.FillerObject (java.base@25.0.3)",
            "[Ljdk.internal.vm.FillerElement; (java.base@25.0.3)", own + "$Entry (memdebug.api)",
            "[L" + own + "$Entry;", "com.acme.\u0141\u00f3d\u017a" + "x".repeat(70)};
        for (int i = 0; i < rows.length; i++) {
            text.append("  ").append(i + 1).append(":         ").append(rows.length - i).append("          ")
                    .append(16L * (rows.length - i)).append("  ").append(rows[i]).append('\n');
        }
        text.append("Total ").append(1).append(' ').append(1).append('\n');
        ClassHistogram first = HistogramParser.parse(text.toString());
        HistogramParser.parse("not a histogram\n");
        HistogramParser.parse("   1: x\nTotal 0 0\n");
        if (first == null) {
            return;
        }
        List<ClassCount> all = first.classes();
        ClassTable table = new ClassTable();
        table.update(first, 3);
        // Everything else freed, a JDK class grown most, a host class grown less: the host's
        // grower takes the last place; then only a host class shrank.
        ClassHistogram second = new ClassHistogram(List.of(
                new ClassCount(all.get(0).name(), 900, 90_000, ClassOrigin.JDK),
                new ClassCount(all.get(1).name(), 800, 80_000, ClassOrigin.JDK),
                new ClassCount(all.get(2).name(), 700, 70_000, ClassOrigin.JDK),
                new ClassCount(all.get(11).name(), 3, 48, ClassOrigin.HOST)), 240_048);
        table.update(second, 3);
        table.update(new ClassHistogram(List.of(all.get(0), all.get(0)), 2 * all.get(0).bytes()), 1);
        table.update(first, 0);
    }
}
