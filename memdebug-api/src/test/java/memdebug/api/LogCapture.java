package memdebug.api;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what slf4j-simple (the tests' SLF4J backend) writes to System.err while a block runs. */
public final class LogCapture {

    private LogCapture() {
    }

    /** Code whose log is captured. */
    public interface Block {
        void run() throws Exception;
    }

    /** What the block logged. */
    public static String during(Block block) throws Exception {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            block.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
