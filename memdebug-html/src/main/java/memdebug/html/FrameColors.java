package memdebug.html;

import java.util.Locale;

import memdebug.spi.FrameKind;

/**
 * TEMPORARY copy of the PDF report's colors ({@code memdebug.pdf.Palette} on main): a hue per
 * {@link FrameKind} and {@link #SHADES} shades of it picked by a stable hash of the function name.
 * To be replaced by the shared {@code memdebug.spi.FrameColors} once it lands on main; the page
 * script computes the same shade hash in JavaScript ({@code mdShade} in memdebug-flame.js).
 */
final class FrameColors {

    /** Shades per kind, 0 (darkest) to {@code SHADES - 1}. */
    static final int SHADES = 5;

    /** The color of the root bar: light grey, as the PDF's. */
    static final int ROOT = 0xC7C7C7;

    private FrameColors() {
    }

    /** Shade {@code shade} (clamped to 0 … {@link #SHADES} − 1) of {@code kind}'s hue, as {@code 0xRRGGBB}. */
    static int of(FrameKind kind, int shade) {
        float[] hs = hueAndSaturation(kind == null ? FrameKind.JAVA : kind);
        return hsl(hs[0], hs[1], 0.60f + 0.05f * Math.max(0, Math.min(SHADES - 1, shade)));
    }

    /** The shade of boxes of function {@code name}: the PDF's hash of {@link String#hashCode()}. */
    static int shade(String name) {
        int h = name == null ? 0 : name.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return Math.floorMod(h, SHADES);
    }

    /** The color of a box of {@code kind} for function {@code name}. */
    static int of(FrameKind kind, String name) {
        return of(kind, shade(name));
    }

    /** The middle shade of {@code kind}, for the color key. */
    static int key(FrameKind kind) {
        return of(kind, SHADES / 2);
    }

    /** What the color key says {@code kind} is, in the PDF's words. */
    static String describe(FrameKind kind) {
        return switch (kind == null ? FrameKind.JAVA : kind) {
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

    /** {@code #a1b2c3}. */
    static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
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

    /** The PDF rounds to three decimals of 0..1; 0..255 here. */
    private static int channel(float v) {
        float pdf = Math.round(v * 1000) / 1000f;
        return Math.max(0, Math.min(255, Math.round(pdf * 255)));
    }
}
