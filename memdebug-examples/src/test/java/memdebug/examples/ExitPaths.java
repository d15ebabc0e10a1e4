package memdebug.examples;

import java.io.IOException;
import memdebug.api.MemDebug;

/**
 * Test hosts that end while memdebug is busy, each in its own way (the first argument). Run by
 * ExitPathsTest in child JVMs; each must still leave a whole {@code cpu.pdf}, quickly.
 * <ul>
 * <li>{@code sigterm-during-write}: SIGTERM arrives while {@code writeProfile()} is drawing;</li>
 * <li>{@code exit-in-callback}: {@code System.exit(4)} in a callback of a dump's future;</li>
 * <li>{@code dump-flood}: 5,000 {@code dumpProfile()} calls, then {@code System.exit(5)}.</li>
 * </ul>
 */
public final class ExitPaths {

    private ExitPaths() {
    }

    /** @param args the way to end */
    public static void main(String[] args) throws Exception {
        MemDebug.profile();
        long t0 = System.nanoTime();
        MemDebug.print(t0, "work", Work.run(300));
        switch (args[0]) {
            case "sigterm-during-write" -> {
                long pid = ProcessHandle.current().pid();
                Thread killer = new Thread(() -> {
                    sleep(80); // writeProfile() below has begun drawing by then (a cold PDF takes longer)
                    try {
                        new ProcessBuilder("kill", "-TERM", Long.toString(pid)).start();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }, "killer");
                killer.start();
                MemDebug.writeProfile();
                sleep(30_000); // the JVM ends in its exit hooks before this
            }
            case "exit-in-callback" -> {
                MemDebug.dumpProfile().whenComplete((path, error) -> System.exit(4));
                sleep(30_000);
            }
            case "dump-flood" -> {
                for (int i = 0; i < 5_000; i++) {
                    MemDebug.dumpProfile();
                }
                System.exit(5);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        throw new IllegalStateException("still running: the way to end did not end the JVM");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
