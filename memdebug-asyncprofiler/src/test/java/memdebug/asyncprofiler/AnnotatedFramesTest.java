package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import org.junit.jupiter.api.Test;

class AnnotatedFramesTest {

    @Test
    void suffixesGiveKindsAndJavaNamesGetDots() {
        List<Frame> frames = AnnotatedFrames.decode("clone3;java/lang/Thread.run_[0];com/example/Foo.bar_[1];"
                + "com/example/Foo.hot_[j];com/example/Foo.tiny_[i];asm_sysvec_apic_timer_interrupt_[k];"
                + "JavaThread::run;[unknown]");
        assertEquals(List.of(
                new Frame("clone3", FrameKind.NATIVE),
                new Frame("java.lang.Thread.run", FrameKind.INTERPRETED),
                new Frame("com.example.Foo.bar", FrameKind.C1_COMPILED),
                new Frame("com.example.Foo.hot", FrameKind.COMPILED),
                new Frame("com.example.Foo.tiny", FrameKind.INLINED),
                new Frame("asm_sysvec_apic_timer_interrupt", FrameKind.KERNEL),
                new Frame("JavaThread::run", FrameKind.NATIVE),
                new Frame("[unknown]", FrameKind.NATIVE)), frames);
    }

    @Test
    void lambdaAndHiddenClassNames() {
        // JDK 17 as printed by async-profiler 4.6, and the hidden-class form of newer JDKs
        assertEquals(new Frame("Exp$$Lambda$3.0x00007f0ef4003800.run", FrameKind.INTERPRETED),
                AnnotatedFrames.frame("Exp$$Lambda$3.0x00007f0ef4003800.run_[0]"));
        assertEquals(new Frame("a.Exp$$Lambda.0x000001.run", FrameKind.COMPILED),
                AnnotatedFrames.frame("a/Exp$$Lambda/0x000001.run_[j]"));
        assertEquals(new Frame("a.B.lambda$main$0", FrameKind.INLINED), AnnotatedFrames.frame("a/B.lambda$main$0_[i]"));
    }

    @Test
    void oddNamesStayNative() {
        assertEquals(new Frame("_[j]", FrameKind.NATIVE), AnnotatedFrames.frame("_[j]"));
        assertEquals(new Frame("lib/thing_[z]", FrameKind.NATIVE), AnnotatedFrames.frame("lib/thing_[z]"));
        assertEquals(new Frame("operator new", FrameKind.NATIVE), AnnotatedFrames.frame("operator new"));
        assertEquals(List.of(Frame.java("A.a").name(), "b"),
                AnnotatedFrames.decode(";A/a_[0];;b;").stream().map(Frame::name).toList());
    }
}
