package memdebug.benchmarks;

import java.lang.management.ManagementFactory;
import memdebug.api.MemDebug;
import memdebug.testkit.ChildJvm;

/**
 * The child side of {@link FirstPrintSuite}: in a fresh JVM, times the first
 * {@code MemDebug.print} (the facade's set-up: settings, Jansi, MXBeans, /proc, logging) and the
 * second, or, as the floor, the first and second bare heap reads through the platform MXBean.
 * Prints one {@code RESULT} line: first and second call in nanoseconds.
 */
public final class FirstPrintRun {

    private FirstPrintRun() {
    }

    /** @param args {@code print} or {@code heap} */
    public static void main(String[] args) {
        boolean print = args[0].equals("print");
        long t0 = System.nanoTime();
        call(print, t0);
        long t1 = System.nanoTime();
        call(print, t1);
        long t2 = System.nanoTime();
        System.out.println(ChildJvm.RESULT + (t1 - t0) + "\t" + (t2 - t1));
    }

    private static void call(boolean print, long t1) {
        if (print) {
            MemDebug.print(t1, "first");
        } else {
            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        }
    }
}
