package memdebug.pdf;

import memdebug.spi.FrameKind;

/**
 * The flame graph's colors: a hue per {@link FrameKind}, and a few shades of it picked by a stable
 * hash of the function name, so neighbouring boxes stand apart and the same input always gives
 * the same picture ({@link String#hashCode()} is fixed by the language, unlike identity hashes).
 * Colors are small ids so that boxes can be painted grouped by color.
 */
final class Palette {

    /** Shades per kind. */
    static final int SHADES = 5;

    /** The color id of the root bar. */
    static final int ROOT = FrameKind.values().length * SHADES;

    /** How many color ids there are. */
    static final int COLORS = ROOT + 1;

    private static final float[][] RGB = new float[COLORS][];

    static {
        for (FrameKind kind : FrameKind.values()) {
            float[] hs = hueAndSaturation(kind);
            for (int shade = 0; shade < SHADES; shade++) {
                float lightness = 0.60f + 0.05f * shade;
                RGB[kind.ordinal() * SHADES + shade] = hsl(hs[0], hs[1], lightness);
            }
        }
        RGB[ROOT] = new float[] {0.78f, 0.78f, 0.78f};
    }

    private Palette() {
    }

    /** The color id for a frame. */
    static int of(FrameKind kind, String name) {
        int h = name.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return kind.ordinal() * SHADES + Math.floorMod(h, SHADES);
    }

    /** The middle shade of a kind, for the color key. */
    static int keyColor(FrameKind kind) {
        return kind.ordinal() * SHADES + SHADES / 2;
    }

    /** Red, green and blue in 0..1 of a color id; a copy. */
    static float[] rgb(int color) {
        return RGB[color].clone();
    }

    /** What the color key says a kind is. */
    static String describe(FrameKind kind) {
        return switch (kind) {
            case JAVA -> "Java";
            case C1_COMPILED -> "Java, C1-compiled";
            case COMPILED -> "Java, JIT-compiled";
            case INLINED -> "Java, inlined";
            case INTERPRETED -> "Java, interpreted";
            case NATIVE -> "native (JNI, JVM, libc)";
            case KERNEL -> "kernel";
            case ALLOCATED_TYPE -> "allocated type";
        };
    }

    private static float[] hueAndSaturation(FrameKind kind) {
        return switch (kind) {
            case JAVA -> new float[] {115, 0.55f};
            case C1_COMPILED -> new float[] {170, 0.45f};
            case COMPILED -> new float[] {150, 0.50f};
            case INLINED -> new float[] {200, 0.65f};
            case INTERPRETED -> new float[] {270, 0.45f};
            case NATIVE -> new float[] {10, 0.75f};
            case KERNEL -> new float[] {42, 0.75f};
            case ALLOCATED_TYPE -> new float[] {330, 0.60f};
        };
    }

    private static float[] hsl(float hue, float saturation, float lightness) {
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
        return new float[] {round(r + m), round(g + m), round(b + m)};
    }

    /** Three decimals are plenty and keep the content stream short. */
    private static float round(float v) {
        return Math.round(v * 1000) / 1000f;
    }
}
