package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StreamProgressTest {

    @Test
    void aTimeIsPassedOnceAFlushHandedOverAnEventTakenMarginLater() {
        StreamProgress p = new StreamProgress();
        assertFalse(p.isPast(0));
        p.saw(1_000_000_000L);
        assertFalse(p.isPast(0), "not before the flush is handed over");
        p.flushDone();
        assertTrue(p.isPast(1_000_000_000L - StreamProgress.MARGIN));
        assertFalse(p.isPast(1_000_000_000L - StreamProgress.MARGIN + 1));
        assertFalse(p.awaitPast(2_000_000_000L, Duration.ofMillis(1)), "the limit passes");
    }

    @Test
    void anEndedStreamHasDeliveredSomethingOnlyAfterAFlushThatHeldAnEvent() {
        StreamProgress p = new StreamProgress();
        p.flushDone();
        assertFalse(p.deliveredAny(), "a flush with no event");
        p.end();
        assertTrue(p.isPast(Long.MAX_VALUE));
        assertFalse(p.deliveredAny(), "ended before any delivery: the case the JVM's exit can make");
        StreamProgress q = new StreamProgress();
        q.saw(1_000_000_000L);
        assertFalse(q.deliveredAny(), "seen, not yet handed over");
        q.flushDone();
        assertTrue(q.deliveredAny());
    }

    @Test
    void aWaiterWakesWhenTheStreamCatchesUpOrEnds() throws Exception {
        StreamProgress p = new StreamProgress();
        Thread stream = new Thread(() -> {
            p.saw(5_000_000_000L);
            p.flushDone();
        });
        stream.start();
        assertTrue(p.awaitPast(4_000_000_000L, Duration.ofMinutes(1)));
        stream.join();
        Thread end = new Thread(p::end);
        end.start();
        assertTrue(p.awaitPast(Long.MAX_VALUE, Duration.ofMinutes(1)), "an ended stream delivers nothing more");
        end.join();
    }

    @Test
    void anInterruptStopsTheWaitAndStaysSet() {
        StreamProgress p = new StreamProgress();
        Thread.currentThread().interrupt();
        assertFalse(p.awaitPast(1, Duration.ofMinutes(1)));
        assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
    }
}
