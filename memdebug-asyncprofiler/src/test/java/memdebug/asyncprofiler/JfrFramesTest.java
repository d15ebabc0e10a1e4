package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Frame types as async-profiler 4.6 names them in its JFR output (seen in real recordings). */
class JfrFramesTest {

    @ParameterizedTest
    @CsvSource({
        "Interpreted, INTERPRETED",
        "C1 compiled, C1_COMPILED",
        "JIT compiled, COMPILED",
        "Inlined, INLINED",
    })
    void javaFramesKeepTheirTierLineAndNoFile(String type, FrameKind kind) {
        assertEquals(new Frame("com.acme.Work.run", kind, "", 42), JfrFrames.frame(type, "com.acme.Work", "run", 42, true));
    }

    @Test
    void allocationStacksDoNotClaimATier() {
        // JVMTI walks allocation stacks; async-profiler calls every such frame "JIT compiled"
        assertEquals(new Frame("java.lang.Thread.run", FrameKind.JAVA, "", 840),
                JfrFrames.frame("JIT compiled", "java.lang.Thread", "run", 840, false));
        assertEquals(new Frame("memcpy", FrameKind.NATIVE), JfrFrames.frame("Native", "libc.so.6", "memcpy", 0, false));
    }

    @Test
    void nativeFramesAreTheirSymbolAndTheJvmIsNative() {
        assertEquals(new Frame("start_thread", FrameKind.NATIVE), JfrFrames.frame("Native", "libc.so.6", "start_thread", 0, true));
        assertEquals(new Frame("GangWorker::loop", FrameKind.NATIVE), JfrFrames.frame("C++", "libjvm.so", "GangWorker::loop", 0, true));
        assertEquals(new Frame("do_syscall_64", FrameKind.KERNEL), JfrFrames.frame("Kernel", "", "do_syscall_64", 0, true));
    }

    @Test
    void framesAsyncProfilerMadeUpAreBracketedAndTheCutMarkerIsKnown() {
        assertEquals(new Frame("[no_Java_frame]", FrameKind.NATIVE), JfrFrames.frame("Native", "", "no_Java_frame", 0, true));
        assertSame(JfrFrames.CUT, JfrFrames.frame("Native", "", "truncated", 0, true));
        assertEquals("[truncated]", JfrFrames.CUT.name());
        // a library function that happens to be called "truncated" is not the marker
        assertEquals(new Frame("truncated", FrameKind.NATIVE), JfrFrames.frame("Native", "libfoo.so", "truncated", 0, true));
    }

    @Test
    void unknownTypesFallBackByWhetherThereIsAClass() {
        assertEquals(new Frame("a.B.c", FrameKind.JAVA, "", 3), JfrFrames.frame("Quantum", "a.B", "c", 3, true));
        assertEquals(new Frame("[c]", FrameKind.NATIVE), JfrFrames.frame(null, "", "c", 0, true));
        assertEquals(new Frame("a.B.c", FrameKind.JAVA, "", 0), JfrFrames.frame(null, "a/B", "c", -1, true));
    }

    @Test
    void cutStacksAreTheOnesUnderTheMarker() {
        assertTrue(JfrFrames.isCut(List.of(JfrFrames.CUT, Frame.java("a.B.c"))));
        assertFalse(JfrFrames.isCut(List.of(Frame.java("a.B.c"), JfrFrames.CUT)));
        assertFalse(JfrFrames.isCut(List.of()));
    }
}
