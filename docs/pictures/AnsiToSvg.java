import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a terminal screen captured with its colors (tmux capture-pane -e) as an SVG: one text line
 * per screen line, each colored run a tspan, on a dark terminal background. Knows the SGR codes a
 * capture holds: reset, bold, dim, normal, the 8 and 8 bright foreground colors, 256-color indexes
 * below 16, and the default color.
 *
 * <p>Run: {@code java AnsiToSvg.java screen.ansi screen.svg}
 */
public final class AnsiToSvg {

    // VS Code's dark terminal colors: readable on a dark background.
    private static final String[] COLORS = {"#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
        "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"};
    private static final String FOREGROUND = "#cccccc";
    private static final String BACKGROUND = "#1e1e1e";
    private static final double FONT = 13;
    private static final double CHAR = FONT * 0.6;
    private static final double LINE = 17;
    private static final double PAD = 12;

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        while (!lines.isEmpty() && visible(lines.get(lines.size() - 1)).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        int cols = lines.stream().mapToInt(l -> visible(l).stripTrailing().length()).max().orElse(1);
        double width = Math.ceil(2 * PAD + cols * CHAR);
        double height = Math.ceil(2 * PAD + lines.size() * LINE);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%.0f' height='%.0f' "
                + "viewBox='0 0 %.0f %.0f'>%n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width='100%%' height='100%%' rx='6' fill='%s'/>%n", BACKGROUND));
        svg.append(String.format(Locale.ROOT, "<g font-family='DejaVu Sans Mono, Menlo, Consolas, monospace' font-size='%.0f' "
                + "fill='%s' style='white-space: pre'>%n", FONT, FOREGROUND));
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x='%.0f' y='%.1f' xml:space='preserve'>", PAD, PAD + (i + 0.8) * LINE))
                    .append(runs(lines.get(i))).append("</text>\n");
        }
        svg.append("</g>\n</svg>\n");
        Files.writeString(Path.of(args[1]), svg, StandardCharsets.UTF_8);
    }

    /** The line without escape sequences. */
    private static String visible(String line) {
        return line.replaceAll("\u001b\\[[0-9;]*[A-Za-z]", "");
    }

    /** The line's colored runs as tspans. */
    private static String runs(String line) {
        StringBuilder out = new StringBuilder();
        StringBuilder text = new StringBuilder();
        int color = -1;
        boolean bold = false;
        boolean dim = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\u001b' && i + 1 < line.length() && line.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < line.length() && !Character.isLetter(line.charAt(end))) {
                    end++;
                }
                if (end < line.length() && line.charAt(end) == 'm') {
                    flush(out, text, color, bold, dim);
                    String[] codes = line.substring(i + 2, end).split(";", -1);
                    for (int k = 0; k < codes.length; k++) {
                        int code = codes[k].isEmpty() ? 0 : Integer.parseInt(codes[k]);
                        if (code == 0) {
                            color = -1;
                            bold = false;
                            dim = false;
                        } else if (code == 1) {
                            bold = true;
                        } else if (code == 2) {
                            dim = true;
                        } else if (code == 22) {
                            bold = false;
                            dim = false;
                        } else if (code >= 30 && code <= 37) {
                            color = code - 30;
                        } else if (code >= 90 && code <= 97) {
                            color = code - 90 + 8;
                        } else if (code == 39) {
                            color = -1;
                        } else if (code == 38 && k + 2 < codes.length && codes[k + 1].equals("5")) {
                            int n = Integer.parseInt(codes[k + 2]);
                            color = n < 16 ? n : -1;
                            k += 2;
                        }
                    }
                }
                i = end + 1;
                continue;
            }
            text.append(c);
            i++;
        }
        flush(out, text, color, bold, dim);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder text, int color, boolean bold, boolean dim) {
        if (text.length() == 0) {
            return;
        }
        String escaped = text.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        if (color < 0 && !bold && !dim) {
            out.append(escaped);
        } else {
            // Bold also brightens the 8 basic colors, as most terminals show it.
            int shown = color >= 0 && color < 8 && bold ? color + 8 : color;
            out.append("<tspan");
            if (shown >= 0) {
                out.append(" fill='").append(COLORS[shown]).append('\'');
            }
            if (bold) {
                out.append(" font-weight='bold'");
            }
            if (dim) {
                out.append(" opacity='0.6'");
            }
            out.append('>').append(escaped).append("</tspan>");
        }
        text.setLength(0);
    }
}
