package memdebug.internal.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.Sampler;
import memdebug.spi.Samples;
import memdebug.spi.Sampling;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One profiling session: its sampler, its kinds, where its current interval started, and its
 * totals. Every drained sample goes into exactly one interval profile and into the session total.
 * {@link #cut} and {@link #finish} run on the profiler thread only; the dump numbers and the
 * ended flag are guarded by the {@link Profiler}.
 */
final class ActiveSession {

    private static final Logger LOG = LoggerFactory.getLogger("memdebug.profile");

    final String backend;
    final Sampler sampler;
    final List<ProfileKind> kinds;
    final Instant start;
    private final ProgramInfo program;
    private final Map<ProfileKind, SessionTotal> totals = new LinkedHashMap<>();
    private Instant intervalStart;
    /** The next dump's number; guarded by the Profiler's lock. */
    int nextNumber = 1;
    /** Set when the session's write has been queued; guarded by the Profiler's lock. */
    boolean ended;

    ActiveSession(String backend, Sampler sampler, List<ProfileKind> kinds, Instant start, ProgramInfo program) {
        this.backend = backend;
        this.sampler = sampler;
        this.kinds = List.copyOf(kinds);
        this.start = start;
        this.intervalStart = start;
        this.program = program;
        for (ProfileKind k : kinds) {
            totals.put(k, new SessionTotal());
        }
    }

    /** Drains the sampler up to {@code until}, adds it to the totals, and returns the interval's profiles, one per kind. */
    List<StackProfile> cut(Instant until) throws Exception {
        Samples got = sampler.drain(until);
        List<StackProfile> out = new ArrayList<>(kinds.size());
        for (ProfileKind k : kinds) {
            List<StackSample> stacks = got.get(k);
            totals.get(k).addAll(stacks);
            out.add(profile(k, intervalStart, until, stacks, List.of()));
        }
        intervalStart = until.isAfter(intervalStart) ? until : intervalStart;
        return out;
    }

    /** Stops the sampler, drains what is left, and returns the whole session's profiles, one per kind. */
    List<StackProfile> finish(Instant end) throws Exception {
        long t0 = System.nanoTime();
        try {
            sampler.stop();
        } catch (Exception | LinkageError e) {
            LOG.warn("memdebug: the {} sampler failed to stop: {}", backend, e.toString());
        }
        cut(end);
        LOG.debug("memdebug: the {} sampler stopped and drained in {} ms", backend, (System.nanoTime() - t0) / 1_000_000);
        List<StackProfile> out = new ArrayList<>(kinds.size());
        for (ProfileKind k : kinds) {
            out.add(profile(k, start, end, totals.get(k).stacks(), totals.get(k).notes()));
        }
        totals.clear(); // a ProfileSession handle kept by the host must not keep the session's stacks
        return out;
    }

    private StackProfile profile(ProfileKind kind, Instant from, Instant to, List<StackSample> stacks, List<String> ours) {
        Sampling s;
        try {
            s = sampler.sampling(kind);
        } catch (RuntimeException | LinkageError e) {
            s = new Sampling("?", kind.id(), 0, List.of("the backend could not describe its sampling: " + e));
        }
        List<String> notes = new ArrayList<>(s.notes());
        notes.addAll(ours);
        ProfileInfo info = new ProfileInfo(program.program(), backend, s.engine(), s.event(), s.period(), from, to,
                program.jvm(), program.collector(), notes);
        return new StackProfile(kind, info, stacks);
    }
}
