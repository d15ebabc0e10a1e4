package memdebug.jfr;

/** Which JFR event samples CPU. */
enum CpuEngine {
    /** {@code jdk.CPUTimeSample} (JDK 25+, Linux, experimental): every thread sampled per period of its own CPU time. */
    CPU_TIME("jdk.CPUTimeSample", "cpu-time"),
    /** {@code jdk.ExecutionSample}: threads running Java code sampled per period of wall time. */
    EXECUTION("jdk.ExecutionSample", "execution"),
    /** No CPU event can be recorded (the host's own recording does not record one). */
    NONE("none", "none");

    /** The JFR event name, shown as the engine in the legend. */
    final String event;
    /** What the legend says is sampled. */
    final String sampled;

    CpuEngine(String event, String sampled) {
        this.event = event;
        this.sampled = sampled;
    }
}
