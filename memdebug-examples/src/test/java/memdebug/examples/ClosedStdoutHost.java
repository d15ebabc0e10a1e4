package memdebug.examples;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import memdebug.api.MemDebug;

/**
 * A test host that closes {@code System.out} between prints, then points {@code System.out} at
 * the file named by its argument and prints once more.
 */
public final class ClosedStdoutHost {

    private ClosedStdoutHost() {
    }

    /** @param args the file the last line goes to */
    public static void main(String[] args) throws Exception {
        MemDebug.print(System.nanoTime(), "before close");
        System.out.close();
        MemDebug.print(System.nanoTime(), "lost", 1);
        MemDebug.print(System.nanoTime(), "lost", 2);
        try (PrintStream file = new PrintStream(new FileOutputStream(args[0]), true, StandardCharsets.UTF_8)) {
            System.setOut(file);
            MemDebug.print(System.nanoTime(), "to the new System.out");
        }
    }
}
