package memdebug.pdf;

import memdebug.spi.FrameColors;
import memdebug.spi.FrameKind;

/**
 * The flame graph's colors as small ids, so that boxes can be painted grouped by color: one id per
 * shade of each kind's {@link FrameColors} hue, and one for the root bar.
 */
final class Palette {

    /** The color id of the root bar. */
    static final int ROOT = FrameKind.values().length * FrameColors.SHADES;

    /** How many color ids there are. */
    static final int COLORS = ROOT + 1;

    private Palette() {
    }

    /** The color id of a box of {@code kind} for function {@code name}. */
    static int of(FrameKind kind, String name) {
        return kind.ordinal() * FrameColors.SHADES + FrameColors.shade(name);
    }

    /** Red, green and blue in 0..1 of a color id. */
    static float[] rgb(int color) {
        int rgb = color == ROOT ? FrameColors.ROOT
                : FrameColors.of(FrameKind.values()[color / FrameColors.SHADES], color % FrameColors.SHADES);
        return fromRgb(rgb);
    }

    /** Red, green and blue in 0..1 of a {@code 0xRRGGBB} color. */
    static float[] fromRgb(int rgb) {
        return new float[] {(rgb >> 16 & 0xFF) / 255f, (rgb >> 8 & 0xFF) / 255f, (rgb & 0xFF) / 255f};
    }
}
