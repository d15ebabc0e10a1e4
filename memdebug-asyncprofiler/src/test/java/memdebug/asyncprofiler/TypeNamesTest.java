package memdebug.asyncprofiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[B|byte[]",
        "[Z|boolean[]",
        "[C|char[]",
        "[S|short[]",
        "[I|int[]",
        "[J|long[]",
        "[F|float[]",
        "[D|double[]",
        "[[I|int[][]",
        "[Ljava/lang/String;|java.lang.String[]",
        "[[Lcom/acme/Order;|com.acme.Order[][]",
        "java/lang/String|java.lang.String",
        "com.acme.Order|com.acme.Order",
        "com/acme/Order$Line|com.acme.Order$Line",
        // malformed descriptors are shown as they are, with dots
        "[X|[X",
        "[Lcom/acme/Order|[Lcom.acme.Order",
        "[|[",
    })
    void javaNames(String recorded, String expected) {
        assertEquals(expected, TypeNames.javaName(recorded));
    }

    @org.junit.jupiter.api.Test
    void nothingGivesAQuestionMark() {
        assertEquals("?", TypeNames.javaName(null));
        assertEquals("?", TypeNames.javaName(""));
    }
}
