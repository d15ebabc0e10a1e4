package memdebug.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import memdebug.spi.FrameKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleDecoderTest {

    @ParameterizedTest
    @CsvSource({
        "[B, byte[]",
        "[[I, int[][]",
        "[Z, boolean[]",
        "[J, long[]",
        "[Ljava.lang.String;, java.lang.String[]",
        "[[Ljava/lang/Object;, java.lang.Object[][]",
        "java.lang.String, java.lang.String",
        "java/util/HashMap$Node, java.util.HashMap$Node",
        "[Q, [Q",
        "'', ?"})
    void typesReadAsInJavaSource(String jvm, String java) {
        assertEquals(java, SampleDecoder.javaTypeName(jvm));
        assertEquals(java, new SampleDecoder().allocatedType(jvm).name());
        assertEquals(FrameKind.ALLOCATED_TYPE, new SampleDecoder().allocatedType(jvm).kind());
    }

    @ParameterizedTest
    @CsvSource({
        "Interpreted, INTERPRETED",
        "JIT compiled, COMPILED",
        "Inlined, INLINED",
        "Native, NATIVE",
        "C1 compiled, C1_COMPILED",
        "C++, NATIVE",
        "Kernel, KERNEL",
        "something new, JAVA"})
    void frameKindsComeFromTheRecordedFrameTypes(String type, FrameKind kind) {
        assertEquals(kind, SampleDecoder.kind(type));
    }
}
