import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import memdebug.testkit.BrowserPage;
import memdebug.testkit.Chromium;

/**
 * A screenshot of a whole page in headless Chromium, as tall as the page, through the test kit's
 * driver (memdebug-testkit/target/classes on the class path).
 *
 * <p>Run: {@code java -cp memdebug-testkit/target/classes Screenshot.java URL out.png WIDTH}
 */
public final class Screenshot {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path out = Path.of(args[1]);
        int width = Integer.parseInt(args[2]);
        Optional<Path> exe = Chromium.executable();
        if (exe.isEmpty()) {
            throw new IllegalStateException("no chromium: apt-get install chromium");
        }
        try (Chromium chromium = Chromium.start(exe.get())) {
            int height;
            try (BrowserPage page = chromium.open(url, width, 600)) {
                height = (int) page.number("document.documentElement.scrollHeight");
            }
            // Opened again at the page's height: the graph is laid out for the window it loads in.
            try (BrowserPage page = chromium.open(url, width, height)) {
                if (!page.errors().isEmpty()) {
                    throw new IllegalStateException("script errors: " + page.errors());
                }
                Files.write(out, page.screenshot());
            }
        }
    }
}
