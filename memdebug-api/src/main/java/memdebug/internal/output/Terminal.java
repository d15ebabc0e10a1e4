package memdebug.internal.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import memdebug.internal.config.ColorMode;
import memdebug.internal.config.OutputTarget;
import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.AnsiPrintStream;
import org.fusesource.jansi.AnsiType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the sink for the configured output and decides whether it is a terminal. On Linux the
 * answer comes from where {@code /proc/self/fd/1} (or 2) points; on Windows from Jansi's
 * {@code AnsiConsole.out()} / {@code err()}, which also draws colors on old consoles; elsewhere
 * from {@code System.console()}. Jansi's console is only read, never installed, and it is not
 * touched on Linux and macOS: it loads a native library, which JDK 24+ warns about in the host.
 */
public final class Terminal {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.output");
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private Terminal() {
    }

    /**
     * The sink for {@code target} with colors decided by {@code mode}. {@code slf4j} when SLF4J
     * logs nothing (no provider) means standard output, said once on standard error: the log
     * cannot say it.
     */
    public static LineSink sink(OutputTarget target, ColorMode mode) {
        if (target == OutputTarget.SLF4J) {
            if (!LoggerSink.logsNothing()) {
                return new LoggerSink();
            }
            noticeOnStderr("memdebug: memdebug.output=slf4j, but SLF4J has no provider here and logs nothing; "
                    + "memdebug's lines go to standard output instead. Put an SLF4J 2 provider such as slf4j-simple "
                    + "or logback-classic on the path to send them to the logger memdebug.line.");
            target = OutputTarget.STDOUT;
        }
        boolean err = target == OutputTarget.STDERR;
        AnsiType type = mode == ColorMode.NEVER ? AnsiType.Redirected : type(err);
        boolean colored = switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> type != AnsiType.Redirected && type != AnsiType.Unsupported;
        };
        Supplier<PrintStream> stream;
        String where = err ? "System.err" : "System.out";
        if (colored && type == AnsiType.Emulation) {
            stream = err ? AnsiConsole::err : AnsiConsole::out; // old Windows consoles: Jansi draws the colors
            where += " (through Jansi's console)";
        } else {
            stream = err ? () -> System.err : () -> System.out;
        }
        return new StreamSink(stream, colored, where);
    }

    private static void noticeOnStderr(String notice) {
        try {
            System.err.println(notice);
        } catch (RuntimeException e) { // a host's System.err that throws: nowhere left to say it
            LOG.debug("cannot write to System.err: {}", e.toString());
        }
    }

    private static AnsiType type(boolean err) {
        if (WINDOWS) {
            return jansiType(err);
        }
        Path fd = Path.of("/proc/self/fd", err ? "2" : "1");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                boolean tty = target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
                return tty ? AnsiType.Native : AnsiType.Redirected;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read {}: {}", fd, e.toString());
        }
        return System.console() != null ? AnsiType.Native : AnsiType.Redirected;
    }

    private static AnsiType jansiType(boolean err) {
        try {
            AnsiPrintStream s = err ? AnsiConsole.err() : AnsiConsole.out();
            return s.getType();
        } catch (Exception | LinkageError e) { // Jansi's native part may fail to load: treat as not a terminal
            LOG.debug("Jansi cannot tell whether the output is a terminal: {}", e.toString());
            return AnsiType.Redirected;
        }
    }
}
