package memdebug.internal.line;

/**
 * Go's {@code time.Duration.String()} format: {@code 1.5ms}, {@code 724.286µs}, {@code 1m30s},
 * {@code 2562047h47m16.854775807s}; the shortest exact form, trailing zeros dropped.
 */
public final class GoDuration {

    private GoDuration() {
    }

    /** The duration of {@code nanos} nanoseconds in Go's format. */
    public static String format(long nanos) {
        LineBuffer b = new LineBuffer();
        append(b, nanos);
        return b.toString();
    }

    /**
     * Appends the duration right-aligned in {@code width} characters, as Go's {@code %12s}
     * pads by characters (µ counts as one), and returns the characters it took: {@code width},
     * or more for a longer duration.
     */
    public static int append(LineBuffer b, long nanos, int width) {
        int start = b.length();
        int chars = append(b, nanos);
        b.insertBlanks(start, width - chars);
        return Math.max(width, chars);
    }

    /** Appends the duration and returns how many characters (not bytes) it took. */
    public static int append(LineBuffer b, long nanos) {
        int start = b.length();
        boolean micro = false;
        // Unsigned magnitude: Long.MIN_VALUE stays 2^63 when read unsigned.
        long u = nanos < 0 ? -nanos : nanos;
        if (nanos < 0) {
            b.ascii('-');
        }
        if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
            if (u == 0) {
                b.ascii("0s");
                return 2;
            } else if (u < 1_000L) {
                b.number(u).ascii("ns");
            } else if (u < 1_000_000L) {
                fraction(b, u, 3);
                b.utf8("µs");
                micro = true;
            } else {
                fraction(b, u, 6);
                b.ascii("ms");
            }
        } else {
            long seconds = Long.divideUnsigned(u, 1_000_000_000L);
            long frac = Long.remainderUnsigned(u, 1_000_000_000L);
            long hours = seconds / 3600;
            long minutes = seconds / 60 % 60;
            if (hours > 0) {
                b.number(hours).ascii('h');
            }
            if (seconds >= 60) {
                b.number(minutes).ascii('m');
            }
            b.number(seconds % 60);
            fractionDigits(b, frac, 9);
            b.ascii('s');
        }
        return b.length() - start - (micro ? 1 : 0);
    }

    /** Appends {@code v / 10^prec} with its fraction, e.g. 1500 with prec 3 gives 1.5. */
    private static void fraction(LineBuffer b, long v, int prec) {
        long scale = prec == 3 ? 1_000L : 1_000_000L;
        b.number(v / scale);
        fractionDigits(b, v % scale, prec);
    }

    /** Appends {@code .digits} of a fraction of {@code prec} digits, without trailing zeros; nothing for 0. */
    private static void fractionDigits(LineBuffer b, long frac, int prec) {
        if (frac == 0) {
            return;
        }
        while (frac % 10 == 0) {
            frac /= 10;
            prec--;
        }
        b.ascii('.').zeroPadded(frac, prec);
    }
}
