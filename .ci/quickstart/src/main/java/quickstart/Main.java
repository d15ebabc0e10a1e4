package quickstart;

import java.time.Instant;
import memdebug.api.MemDebug;
import memdebug.api.ProfileSession;

/** The README's quick start, run by .ci/run against the installed artifacts. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Instant t1 = Instant.now();
        byte[] kept = new byte[1_000_000];
        MemDebug.print(t1, "alloc", kept.length);
        try (ProfileSession session = MemDebug.profile()) {
            long sum = 0;
            for (long end = System.nanoTime() + 300_000_000L; System.nanoTime() < end; ) {
                sum += Long.hashCode(sum * 31 + end);
            }
            MemDebug.print(t1, "done", sum);
        }
    }
}
