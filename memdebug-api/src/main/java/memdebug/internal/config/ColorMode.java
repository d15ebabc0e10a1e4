package memdebug.internal.config;

/** When the line carries ANSI colors. */
public enum ColorMode {
    /** Colors only when standard output is a terminal and NO_COLOR is not set. */
    AUTO,
    /** Always colors, even into files and pipes. */
    ALWAYS,
    /** Never colors. */
    NEVER
}
