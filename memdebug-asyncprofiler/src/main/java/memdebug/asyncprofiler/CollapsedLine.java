package memdebug.asyncprofiler;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of async-profiler's {@code collapsed} output, started with {@code threads}:
 * {@code [thread name tid=123];frame;frame;… count}, stack root first.
 *
 * <p>The count follows the last space, since frame and thread names may contain spaces. Java
 * frame names never contain {@code ;} (the class file format forbids it) but thread names may,
 * so the thread frame ends at the last {@code tid=<digits>]} that is followed by {@code ;} or by
 * the end of the stack.
 *
 * @param threadName the thread's name; empty when the line names no thread
 * @param tid        the thread's id; -1 when the line has no thread frame
 * @param stack      the frames after the thread frame, {@code ;}-separated, with their suffixes
 * @param count      samples of this stack in this thread (cumulative since the profiler started)
 */
record CollapsedLine(String threadName, long tid, String stack, long count) {

    private static final String TID = "tid=";

    /** The well-formed lines of a dump; malformed ones are left out. */
    static List<CollapsedLine> parseDump(String dump) {
        List<CollapsedLine> lines = new ArrayList<>();
        if (dump == null) {
            return lines;
        }
        dump.lines().forEach(text -> {
            CollapsedLine line = parse(text);
            if (line != null) {
                lines.add(line);
            }
        });
        return lines;
    }

    /** Parses one line; null when it has no frames or no count after its last space. */
    static CollapsedLine parse(String text) {
        int space = text.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        long count = parseCount(text, space + 1);
        if (count < 0) {
            return null;
        }
        String frames = text.substring(0, space);
        int close = threadFrameEnd(frames);
        if (close < 0) {
            return new CollapsedLine("", -1, frames, count);
        }
        String inner = frames.substring(1, close);
        int tidAt = inner.lastIndexOf(TID);
        String name = tidAt == 0 ? "" : inner.substring(0, tidAt - 1);
        long tid = Long.parseLong(inner.substring(tidAt + TID.length()));
        String stack = close + 2 <= frames.length() ? frames.substring(close + 2) : "";
        return new CollapsedLine(name, tid, stack, count);
    }

    /** The digits from {@code from} to the end as a number; -1 when they are not all digits or overflow. */
    private static long parseCount(String text, int from) {
        if (from >= text.length()) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || value > (Long.MAX_VALUE - 9) / 10) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The index of the {@code ]} that closes a leading {@code [name tid=N]} or {@code [tid=N]}
     * frame, or -1 when the line does not start with one.
     */
    private static int threadFrameEnd(String frames) {
        if (!frames.startsWith("[")) {
            return -1;
        }
        int at = frames.lastIndexOf(TID);
        while (at >= 1) {
            int close = closingBracketAfterDigits(frames, at + TID.length());
            boolean starts = at == 1 || frames.charAt(at - 1) == ' ';
            boolean ends = close > 0 && (close + 1 == frames.length() || frames.charAt(close + 1) == ';');
            if (starts && ends) {
                return close;
            }
            at = frames.lastIndexOf(TID, at - 1);
        }
        return -1;
    }

    /** The index of a {@code ]} right after one or more digits starting at {@code from}; -1 otherwise. */
    private static int closingBracketAfterDigits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        boolean digits = i > from && i - from <= 18;
        return digits && i < s.length() && s.charAt(i) == ']' ? i : -1;
    }
}
