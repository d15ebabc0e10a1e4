package memdebug.examples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import memdebug.api.MemDebug;
import memdebug.api.ProfileSession;

/**
 * The demo, the Java form of the Go memdebug's {@code tests/memtester.go}: keep three 1 MB
 * arrays and free them (GC mode shows each exactly), then profile two rounds of CPU-bound work,
 * writing {@code cpu-001.pdf}, {@code cpu-002.pdf} and {@code cpu.pdf} into {@code memdebug.dir} (and a
 * {@code .pb.gz} beside each when memdebug-pprof is on the path).
 */
public final class MemTester {

    private MemTester() {
    }

    /** Runs the demo; no arguments. */
    public static void main(String[] args) {
        List<byte[]> kept = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant t1 = Instant.now();
            kept.add(new byte[1_000_000]);
            MemDebug.print(t1, "alloc 1MB", i);
        }
        Instant t1 = Instant.now();
        kept.clear();
        MemDebug.print(t1, "freed");

        try (ProfileSession session = MemDebug.profile()) {
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                long thing = Work.run(400);
                MemDebug.print(t0, "thing", thing);
                MemDebug.dumpProfile();
            }
        }
    }
}
