package memdebug.benchmarks;

import java.io.OutputStream;

/** An output stream that keeps only the number of bytes written to it. */
final class ByteCounter extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    /** Bytes written so far. */
    long count() {
        return count;
    }
}
