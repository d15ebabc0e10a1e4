package memdebug.internal.output;

import java.io.PrintStream;
import java.util.function.Supplier;
import memdebug.internal.config.ColorMode;
import memdebug.internal.config.OutputTarget;
import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.AnsiPrintStream;
import org.fusesource.jansi.AnsiType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the sink for the configured output, asking Jansi whether stdout/stderr is a terminal.
 * Reads Jansi's {@code AnsiConsole.out()} / {@code err()} only; never installs them or changes
 * Jansi's switches.
 */
public final class Terminal {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.output");

    private Terminal() {
    }

    /** The sink for {@code target} with colors decided by {@code mode}. */
    public static LineSink sink(OutputTarget target, ColorMode mode) {
        if (target == OutputTarget.SLF4J) {
            return new LoggerSink();
        }
        boolean err = target == OutputTarget.STDERR;
        AnsiType type = mode == ColorMode.NEVER ? AnsiType.Redirected : type(err); // NEVER needs no Jansi
        boolean colored = switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> type == AnsiType.Native || type == AnsiType.VirtualTerminal || type == AnsiType.Emulation;
        };
        Supplier<PrintStream> stream;
        if (colored && type == AnsiType.Emulation) {
            stream = err ? AnsiConsole::err : AnsiConsole::out; // old Windows consoles: Jansi draws the colors
        } else {
            stream = err ? () -> System.err : () -> System.out;
        }
        return new StreamSink(stream, colored);
    }

    private static AnsiType type(boolean err) {
        try {
            AnsiPrintStream s = err ? AnsiConsole.err() : AnsiConsole.out();
            return s.getType();
        } catch (Exception | LinkageError e) { // Jansi's native part may fail to load: treat as not a terminal
            LOG.debug("Jansi cannot tell whether the output is a terminal: {}", e.toString());
            return AnsiType.Redirected;
        }
    }
}
