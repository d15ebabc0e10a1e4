package memdebug.asyncprofiler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import memdebug.spi.Frame;
import memdebug.spi.ProfileKind;
import memdebug.spi.SamplerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads async-profiler's JFR events into samples with times, leaving out memdebug's own threads.
 *
 * <p>Events read (async-profiler's event types, named as the JDK names them):
 * <ul>
 * <li>{@code jdk.ExecutionSample}: one CPU sample of {@code sampledThread}; JFR gives it no
 *     weight, so each weighs one sampling interval of CPU time.</li>
 * <li>{@code jdk.ObjectAllocationInNewTLAB}: one allocation sample taken by JVMTI's heap
 *     sampler ({@code SampledObjectAlloc}), which picks an object after on average every
 *     allocation interval of bytes a thread allocates. async-profiler puts the object's size in
 *     {@code allocationSize} and the bytes the sample stands for, the larger of the object's size
 *     and the interval, in {@code tlabSize} (the field name is JFR's, the meaning
 *     async-profiler's). That is the weight: summed, an estimate of the bytes allocated, exact
 *     only on average.</li>
 * <li>{@code jdk.ObjectAllocationOutsideTLAB}: an allocation sample of async-profiler's TLAB
 *     engine (used where JVMTI sampling is missing); its {@code allocationSize} is the weight.</li>
 * <li>{@code jdk.ActiveSetting} {@code engine}: the CPU engine async-profiler chose.</li>
 * <li>{@code profiler.Log}: what async-profiler would have printed on the process's stdout
 *     (memdebug silences that); warnings are logged through SLF4J, once per kind of message
 *     (numbers such as thread ids do not make a message new), the rest at DEBUG.</li>
 * </ul>
 * Samples of kinds not asked for are skipped. Counts per kind of samples read and of stacks
 * async-profiler cut are kept for the legend.
 */
final class JfrSamples {

    static final String CPU_EVENT = "jdk.ExecutionSample";
    static final String ALLOCATION_IN_NEW_TLAB = "jdk.ObjectAllocationInNewTLAB";
    static final String ALLOCATION_OUTSIDE_TLAB = "jdk.ObjectAllocationOutsideTLAB";
    private static final String SETTING = "jdk.ActiveSetting";
    private static final String LOG_EVENT = "profiler.Log";
    private static final Logger LOG = LoggerFactory.getLogger("memdebug.asyncprofiler");

    private final SamplerSettings settings;
    private final Set<ProfileKind> kinds;
    private final long cpuWeight;
    private String engine;
    private final long[] samplesRead = new long[2];
    private final long[] samplesCut = new long[2];
    private final Set<String> told = new HashSet<>();

    /**
     * @param settings  which threads to leave out
     * @param kinds     the kinds to read
     * @param cpuWeight nanoseconds each CPU sample stands for
     */
    JfrSamples(SamplerSettings settings, Set<ProfileKind> kinds, long cpuWeight) {
        this.settings = settings;
        this.kinds = Set.copyOf(kinds);
        this.cpuWeight = cpuWeight;
    }

    /** Every sample of {@code file} of the kinds read, in file order, and closes it. */
    List<TimedSample> read(RecordingFile file) throws IOException {
        List<TimedSample> out = new ArrayList<>();
        Map<RecordedStackTrace, List<Frame>> cpuStacks = new IdentityHashMap<>();
        Map<RecordedStackTrace, Map<RecordedClass, List<Frame>>> allocationStacks = new IdentityHashMap<>();
        boolean cpu = kinds.contains(ProfileKind.CPU);
        boolean alloc = kinds.contains(ProfileKind.ALLOC);
        try (file) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                switch (e.getEventType().getName()) {
                    case CPU_EVENT:
                        if (cpu && !excluded(e.getThread("sampledThread"))) {
                            List<Frame> frames = cpuStacks.computeIfAbsent(e.getStackTrace(), JfrFrames::cpuStack);
                            out.add(counted(new TimedSample(ProfileKind.CPU, TimedSample.epochNanos(e.getStartTime()), frames, cpuWeight)));
                        }
                        break;
                    case ALLOCATION_IN_NEW_TLAB:
                    case ALLOCATION_OUTSIDE_TLAB:
                        if (alloc && !excluded(e.getThread("eventThread"))) {
                            RecordedClass type = e.getClass("objectClass");
                            List<Frame> frames = allocationStacks
                                    .computeIfAbsent(e.getStackTrace(), t -> new IdentityHashMap<>())
                                    .computeIfAbsent(type, t -> JfrFrames.allocationStack(e.getStackTrace(), t));
                            out.add(counted(new TimedSample(ProfileKind.ALLOC, TimedSample.epochNanos(e.getStartTime()), frames,
                                    allocatedBytes(e))));
                        }
                        break;
                    case LOG_EVENT:
                        Object level = e.getValue("level"); // a String; typed, so valueOf(Object) is called
                        tell(String.valueOf(level), e.getString("message"));
                        break;
                    case SETTING:
                        if ("engine".equals(e.getString("name"))) {
                            engine = e.getString("value");
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        return out;
    }

    /** Logs a message of async-profiler's, each kind once; null messages are ignored. */
    private void tell(String level, String message) {
        if (message == null || !told.add(message.strip().replaceAll("\\d+", "N"))) {
            return;
        }
        if (level.equals("WARN")) {
            LOG.warn("memdebug: async-profiler says: {}", message.strip());
        } else {
            LOG.debug("async-profiler says ({}): {}", level, message.strip());
        }
    }

    /** The CPU engine async-profiler's recording names ({@code perf_events}, {@code ctimer}, {@code itimer}…); null until read. */
    String engine() {
        return engine;
    }

    /** Samples of {@code kind} read so far (memdebug's threads not counted). */
    long samplesRead(ProfileKind kind) {
        return samplesRead[index(kind)];
    }

    /** Of those, the samples whose stacks async-profiler cut. */
    long samplesCut(ProfileKind kind) {
        return samplesCut[index(kind)];
    }

    private TimedSample counted(TimedSample s) {
        int i = index(s.kind());
        samplesRead[i]++;
        if (JfrFrames.isCut(s.frames())) {
            samplesCut[i]++;
        }
        return s;
    }

    private static int index(ProfileKind kind) {
        return kind.equals(ProfileKind.CPU) ? 0 : 1;
    }

    /** The bytes an allocation sample stands for (see the class comment); never negative. */
    static long allocatedBytes(RecordedEvent e) {
        long size = e.hasField("allocationSize") ? e.getLong("allocationSize") : 0;
        long represented = e.hasField("tlabSize") ? e.getLong("tlabSize") : 0;
        return Math.max(0, represented > 0 ? represented : size);
    }

    private boolean excluded(RecordedThread thread) {
        if (thread == null) {
            return false;
        }
        String name = thread.getJavaName();
        return settings.excludes(name != null ? name : thread.getOSName());
    }
}
