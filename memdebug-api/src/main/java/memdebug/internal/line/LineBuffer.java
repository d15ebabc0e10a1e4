package memdebug.internal.line;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that a line is built in, reused by one thread so that a print
 * allocates nothing for the line itself. It starts large enough for a line and its class line
 * (with long class names), so that it does not grow, and show in a GC-mode delta, at a print.
 */
public final class LineBuffer {

    private byte[] bytes = new byte[1024];
    private int length;

    /** Empties the buffer, keeping its capacity. */
    public void clear() {
        length = 0;
    }

    /** The bytes written so far; valid up to {@link #length()}. */
    public byte[] bytes() {
        return bytes;
    }

    /** How many bytes were written. */
    public int length() {
        return length;
    }

    /** The content as a string. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }

    /** Appends one ASCII character. */
    public LineBuffer ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends a string that holds only ASCII characters. */
    public LineBuffer ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends the character {@code c} {@code n} times. */
    public LineBuffer repeat(char c, int n) {
        if (n > 0) {
            ensure(n);
            Arrays.fill(bytes, length, length + n, (byte) c);
            length += n;
        }
        return this;
    }

    /** Appends any text as UTF-8; a lone surrogate becomes {@code ?}. */
    public LineBuffer utf8(CharSequence s) {
        ensure(s.length() * 3);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | (c >> 6));
                bytes[length++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                ensure(1); // 4 bytes for 2 chars: one more than reserved
                bytes[length++] = (byte) (0xF0 | (cp >> 18));
                bytes[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[length++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                bytes[length++] = '?';
            } else {
                bytes[length++] = (byte) (0xE0 | (c >> 12));
                bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[length++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    /** Appends a decimal number right-aligned in {@code width} columns (wider numbers are not cut). */
    public LineBuffer number(long value, int width) {
        int digits = decimalLength(value);
        repeat(' ', width - digits);
        return digits(value, digits);
    }

    /** Appends a decimal number. */
    public LineBuffer number(long value) {
        return digits(value, decimalLength(value));
    }

    /** Appends {@code value}, which has {@code digits} characters (sign included). */
    private LineBuffer digits(long value, int digits) {
        if (value == Long.MIN_VALUE) {
            return ascii("-9223372036854775808");
        }
        ensure(digits);
        int end = length + digits;
        long v = Math.abs(value);
        int pos = end;
        do {
            bytes[--pos] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        if (value < 0) {
            bytes[--pos] = '-';
        }
        length = end;
        return this;
    }

    /** Appends a number of {@code digits} digits with leading zeros; used for fractions. */
    LineBuffer zeroPadded(long value, int digits) {
        ensure(digits);
        for (int i = digits - 1; i >= 0; i--) {
            bytes[length + i] = (byte) ('0' + (value % 10));
            value /= 10;
        }
        length += digits;
        return this;
    }

    /** Inserts {@code count} blanks at {@code from}, moving what follows to the right. */
    void insertBlanks(int from, int count) {
        if (count <= 0) {
            return;
        }
        ensure(count);
        System.arraycopy(bytes, from, bytes, from + count, length - from);
        Arrays.fill(bytes, from, from + count, (byte) ' ');
        length += count;
    }

    static int decimalLength(long value) {
        if (value == Long.MIN_VALUE) {
            return 20;
        }
        int n = value < 0 ? 2 : 1;
        long v = Math.abs(value);
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }
}
