package memdebug.spi;

import java.util.Locale;

/**
 * The colors of flame graph boxes, shared by every report provider so that a kind of frame looks
 * the same in every report: a hue per {@link FrameKind} (Java tiers in greens, yellow-green for
 * C1 and green for C2, purple interpreted, cyan inlined, red native, orange kernel, pink for the
 * allocated type), and {@link #SHADES} shades of it picked by a stable hash of the function name,
 * so that neighbouring boxes stand apart and the same input always gives the same picture
 * ({@link String#hashCode()} is fixed by the language). Colors are {@code 0xRRGGBB} ints.
 *
 * <p>A box that stands for frames of several kinds (a method that ran interpreted, then compiled)
 * takes the color of its {@link #dominant dominant} kind, as async-profiler's converter colors one
 * box per method by its dominant tier.
 */
public final class FrameColors {

    /** Shades per kind, numbered 0 (darkest) to {@code SHADES - 1}. */
    public static final int SHADES = 5;

    /** The color of the root bar (all stacks together): light grey. */
    public static final int ROOT = 0xC7C7C7;

    private static final FrameKind[] KINDS = FrameKind.values();
    private static final int[][] RGB = new int[KINDS.length][SHADES];

    static {
        for (FrameKind kind : KINDS) {
            float[] hs = hueAndSaturation(kind);
            for (int shade = 0; shade < SHADES; shade++) {
                RGB[kind.ordinal()][shade] = hsl(hs[0], hs[1], 0.60f + 0.05f * shade);
            }
        }
    }

    private FrameColors() {
    }

    /**
     * The color of a box of {@code kind} for the function {@code name}.
     *
     * @param kind null is taken as {@link FrameKind#JAVA}
     * @param name null is taken as ""
     */
    public static int of(FrameKind kind, String name) {
        return of(kind, shade(name));
    }

    /**
     * Shade {@code shade} of {@code kind}'s hue.
     *
     * @param kind  null is taken as {@link FrameKind#JAVA}
     * @param shade 0 to {@link #SHADES} − 1; values outside are clamped
     */
    public static int of(FrameKind kind, int shade) {
        FrameKind k = kind == null ? FrameKind.JAVA : kind;
        return RGB[k.ordinal()][Math.max(0, Math.min(SHADES - 1, shade))];
    }

    /** The shade, 0 to {@link #SHADES} − 1, of boxes of function {@code name}: a stable hash; null is taken as "". */
    public static int shade(String name) {
        int h = name == null ? 0 : name.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return Math.floorMod(h, SHADES);
    }

    /** The middle shade of {@code kind}, for a color key; null is taken as {@link FrameKind#JAVA}. */
    public static int key(FrameKind kind) {
        return of(kind, SHADES / 2);
    }

    /** What a color key says {@code kind} is, for example "Java, C1-compiled"; null is taken as {@link FrameKind#JAVA}. */
    public static String describe(FrameKind kind) {
        return switch (kind == null ? FrameKind.JAVA : kind) {
            case JAVA -> "Java";
            case INTERPRETED -> "Java, interpreted";
            case C1_COMPILED -> "Java, C1-compiled";
            case COMPILED -> "Java, JIT-compiled (C2)";
            case INLINED -> "Java, inlined";
            case NATIVE -> "native (JNI, JVM, libc)";
            case KERNEL -> "kernel";
            case ALLOCATED_TYPE -> "allocated type";
        };
    }

    /** {@code rgb} as CSS writes it: {@code #a1b2c3}. */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    /**
     * The kind a box of mixed kinds is colored as: the one with the most weight; on a tie, the one
     * declared first in {@link FrameKind}; {@link FrameKind#JAVA} when every weight is 0 or the
     * array is null or empty.
     *
     * @param weightByKind weight per kind, indexed by {@link FrameKind#ordinal()}; extra entries
     *                     are ignored, missing ones count as 0, negative ones as 0
     */
    public static FrameKind dominant(long[] weightByKind) {
        FrameKind best = FrameKind.JAVA;
        long most = 0;
        if (weightByKind != null) {
            for (int k = 0; k < Math.min(weightByKind.length, KINDS.length); k++) {
                if (weightByKind[k] > most) {
                    most = weightByKind[k];
                    best = KINDS[k];
                }
            }
        }
        return best;
    }

    private static float[] hueAndSaturation(FrameKind kind) {
        return switch (kind) {
            case JAVA -> new float[] {115, 0.40f};
            case INTERPRETED -> new float[] {270, 0.45f};
            case C1_COMPILED -> new float[] {75, 0.60f};
            case COMPILED -> new float[] {140, 0.55f};
            case INLINED -> new float[] {190, 0.60f};
            case NATIVE -> new float[] {5, 0.70f};
            case KERNEL -> new float[] {32, 0.80f};
            case ALLOCATED_TYPE -> new float[] {330, 0.55f};
        };
    }

    private static int hsl(float hue, float saturation, float lightness) {
        float c = (1 - Math.abs(2 * lightness - 1)) * saturation;
        float hp = hue / 60f;
        float x = c * (1 - Math.abs(hp % 2 - 1));
        float r;
        float g;
        float b;
        if (hp < 1) {
            r = c; g = x; b = 0;
        } else if (hp < 2) {
            r = x; g = c; b = 0;
        } else if (hp < 3) {
            r = 0; g = c; b = x;
        } else if (hp < 4) {
            r = 0; g = x; b = c;
        } else if (hp < 5) {
            r = x; g = 0; b = c;
        } else {
            r = c; g = 0; b = x;
        }
        float m = lightness - c / 2;
        return channel(r + m) << 16 | channel(g + m) << 8 | channel(b + m);
    }

    private static int channel(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255)));
    }
}
