package memdebug.internal.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoDurationTest {

    /** Rows of the Go original's reference: nanoseconds, then what Go's Duration.String() prints. */
    static List<String[]> cases() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = GoDurationTest.class.getResourceAsStream("/reference/go-duration-cases.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }

    @Test
    void matchesGoForAllReferenceValues() throws IOException {
        List<String[]> rows = cases();
        assertEquals(90, rows.size());
        for (String[] row : rows) {
            assertEquals(row[1], GoDuration.format(Long.parseLong(row[0])), "nanos " + row[0]);
        }
    }

    @Test
    void padsByCharactersNotBytesLikeGoPercent12s() {
        LineBuffer b = new LineBuffer();
        GoDuration.append(b, 724_286, 12);
        assertEquals("   724.286µs", b.toString());
        b.clear();
        GoDuration.append(b, 253_061_605, 12);
        assertEquals("253.061605ms", b.toString());
        b.clear();
        GoDuration.append(b, Long.MIN_VALUE, 12);
        assertEquals("-2562047h47m16.854775808s", b.toString());
    }
}
