package memdebug.examples;

import memdebug.api.MemDebug;

/**
 * A test host that exits while profiling, and whose own shutdown hook calls memdebug while the
 * JVM goes down: memdebug writes {@code cpu.pdf} from its exit hook, and the late calls are
 * harmless. FaultsTest runs it in a child JVM (patched into memdebug.examples on the module path).
 */
public final class ExitWhileProfiling {

    private ExitWhileProfiling() {
    }

    /**
     * Profiles some work, then calls {@code System.exit(3)} without writing the profile.
     *
     * @param args how long to work, in milliseconds (default 300)
     */
    public static void main(String[] args) {
        int millis = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            MemDebug.print(System.nanoTime(), "in the host's shutdown hook");
            MemDebug.dumpProfile();
            MemDebug.profile();
            MemDebug.gcMode(true);
            MemDebug.print(MemDebug.mark(), "still fine");
        }, "host-exit"));
        MemDebug.profile();
        long t0 = System.nanoTime();
        MemDebug.print(t0, "work", Work.run(millis));
        System.exit(3);
    }
}
