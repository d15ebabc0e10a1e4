package memdebug.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import memdebug.spi.Frame;
import memdebug.spi.ReportProvider;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/**
 * A report of the profile exactly as memdebug gave it to the reports, one stack a line:
 * {@code samples TAB weight TAB frame TAB frame…}, root first ({@code cpu.stacks}). A child JVM
 * writes it beside the real reports, so that a test can check those against what they were given.
 */
public final class StacksReport implements ReportProvider {

    @Override
    public String fileExtension() {
        return "stacks";
    }

    @Override
    public void write(StackProfile profile, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (StackSample s : profile.stacks()) {
            text.append(s.samples()).append('\t').append(s.weight());
            s.frames().forEach(f -> text.append('\t').append(f.name()));
            text.append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The stacks of a file this report wrote (frames by name only). */
    static List<StackSample> read(Path file) throws IOException {
        List<StackSample> stacks = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            List<Frame> frames = Arrays.stream(parts, 2, parts.length).map(Frame::java).toList();
            stacks.add(new StackSample(frames, Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        }
        return stacks;
    }
}
