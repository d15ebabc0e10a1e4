package memdebug.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileInfo;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

/** Profiles for tests: the pprof reference, a realistic one, and synthetic big ones. */
final class Profiles {

    static final Instant START = Instant.parse("2025-11-24T16:00:00Z");

    private Profiles() {
    }

    static ProfileInfo info(String program, Duration duration) {
        return new ProfileInfo(program, "jmx", "ThreadMXBean", "cpu", 10_000_000L, START,
                START.plus(duration), "OpenJDK 64-Bit Server VM 17.0.15+6", "G1 Young Generation, G1 Old Generation", List.of());
    }

    /**
     * The profile of reference/pprof-top-example.txt: App.main 10 ms self; Work.hash 600 ms under
     * main; Work.sort 90 ms self under main, calling Arrays.sort 300 ms; over 2 s.
     */
    static StackProfile reference() {
        return new StackProfile(ProfileKind.CPU, info("myapp.jar", Duration.ofSeconds(2)), List.of(
                stack(1, 10, "com.example.App.main"),
                stack(60, 600, "com.example.App.main", "com.example.Work.hash"),
                stack(9, 90, "com.example.App.main", "com.example.Work.sort"),
                stack(30, 300, "com.example.App.main", "com.example.Work.sort", "java.util.Arrays.sort")));
    }

    /**
     * An allocation profile over 2 s: three callers allocating {@code byte[]}, {@code String} and
     * {@code Order} (the allocated types as top frames), sampled every 512 KiB by async-profiler.
     */
    static StackProfile alloc() {
        ProfileInfo info = new ProfileInfo("shop.jar", "async-profiler", "TLAB", "alloc", 512 * 1024, START,
                START.plus(Duration.ofSeconds(2)), "OpenJDK 64-Bit Server VM 21.0.5+11", "G1 Young Generation, G1 Old Generation",
                List.of("allocations outside TLABs are sampled by size, so big arrays weigh what they cost",
                        "3 samples had no Java stack and count only in the total"));
        return new StackProfile(ProfileKind.ALLOC, info, List.of(
                allocation(40, 20L << 20, "com.shop.Parser.parse", "byte[]"),
                allocation(25, 12L << 20, "com.shop.Parser.parse", "java.lang.String"),
                allocation(10, 5L << 20, "com.shop.Cart.add", "com.shop.Order"),
                allocation(1, 3000, "com.shop.Cart.add", "java.lang.Long"),
                new StackSample(List.of(), 3, 1L << 20)));
    }

    private static StackSample allocation(long samples, long bytes, String caller, String type) {
        return new StackSample(List.of(new Frame("java.lang.Thread.run", FrameKind.COMPILED), new Frame("com.shop.Main.loop", FrameKind.C1_COMPILED),
                new Frame(caller, FrameKind.INLINED), new Frame(type, FrameKind.ALLOCATED_TYPE)), samples, bytes);
    }

    /** A profile from {@code memdebug-api/src/test/pprof/NAME.txt} (frames of kind JAVA), or null when that file is not there. */
    static StackProfile pprofCase(String name) throws IOException {
        Path file = Path.of(System.getProperty("basedir", "."), "../memdebug-api/src/test/pprof", name + ".txt");
        if (!Files.exists(file)) {
            return null;
        }
        long duration = 0;
        List<StackSample> stacks = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("duration ")) {
                duration = Long.parseLong(line.substring(9));
            } else if (line.startsWith("sample ")) {
                String[] parts = line.substring(7).split(" ", 2);
                List<Frame> frames = new ArrayList<>();
                for (String f : parts[1].split(";")) {
                    if (!f.isEmpty()) {
                        frames.add(Frame.java(f));
                    }
                }
                stacks.add(new StackSample(frames, 1, Long.parseLong(parts[0])));
            }
        }
        return new StackProfile(ProfileKind.CPU, info(name + ".jar", Duration.ofNanos(duration)), stacks);
    }

    /** A stack of Java frames, root first, with {@code ms} milliseconds of CPU time. */
    static StackSample stack(long samples, long ms, String... frames) {
        List<Frame> list = new ArrayList<>();
        for (String f : frames) {
            list.add(Frame.java(f));
        }
        return new StackSample(list, samples, ms * 1_000_000);
    }

    /**
     * {@code distinct} different stacks {@code depth} frames deep, shaped like a real call tree:
     * shared callers near the root, a unique leaf each. The same arguments give the same profile.
     */
    static StackProfile synthetic(int distinct, int depth, long seed) {
        Random random = new Random(seed);
        FrameKind[] kinds = FrameKind.values();
        List<StackSample> stacks = new ArrayList<>(distinct);
        for (int i = 0; i < distinct; i++) {
            List<Frame> frames = new ArrayList<>(depth);
            for (int d = 0; d < depth - 1; d++) {
                int fan = d % 4 == 0 ? 6 : 3;
                int child = (int) Math.min(fan - 1, Math.abs(random.nextGaussian()) * fan / 2);
                frames.add(new Frame("com.example.layer" + d + ".Service" + child + ".call", kinds[(d + child) % 4]));
            }
            frames.add(new Frame("com.example.Leaf.work" + i, FrameKind.COMPILED));
            long samples = 1 + random.nextInt(20);
            stacks.add(new StackSample(frames, samples, samples * 10_000_000L));
        }
        return new StackProfile(ProfileKind.CPU, info("synthetic.jar", Duration.ofSeconds(10)), stacks);
    }

    /**
     * A plausible server profile: request threads, a worker pool, the JIT and GC threads with
     * native and kernel frames; a few hundred distinct stacks.
     */
    static StackProfile realistic() {
        Random random = new Random(42);
        Map<List<Frame>, long[]> counts = new LinkedHashMap<>();
        String[][] roots = {
            {"java.lang.Thread.run_[j]", "java.util.concurrent.ThreadPoolExecutor$Worker.run_[j]",
                "java.util.concurrent.ThreadPoolExecutor.runWorker_[j]", "com.acme.http.RequestHandler.run_[j]",
                "com.acme.http.Router.dispatch_[j]"},
            {"com.acme.App.main_[j]", "com.acme.batch.ImportJob.run_[j]", "com.acme.batch.ImportJob.importFile_[j]"},
            {"thread_native_entry(Thread*)_[n]", "Thread::call_run()_[n]", "GangWorker::loop()_[n]",
                "G1ParTask::work(unsigned int)_[n]"},
            {"thread_native_entry(Thread*)_[n]", "Thread::call_run()_[n]", "JavaThread::thread_main_inner()_[n]",
                "CompileBroker::compiler_thread_loop()_[n]", "C2Compiler::compile_method(ciEnv*, ciMethod*, int, bool, DirectiveSet*)_[n]"},
        };
        String[][] middles = {
            {"com.acme.api.OrderController.create_[j]", "com.acme.service.OrderService.place_[j]",
                "com.acme.repo.OrderRepository.save_[j]", "org.hibernate.internal.SessionImpl.persist_[j]"},
            {"com.acme.api.OrderController.list_[j]", "com.fasterxml.jackson.databind.ObjectMapper.writeValueAsString_[j]",
                "com.fasterxml.jackson.databind.ser.BeanSerializer.serialize_[i]"},
            {"com.acme.api.SearchController.search_[j]", "com.acme.search.Index.query_[j]",
                "com.acme.search.Scorer.score_[i]", "java.lang.Math.log_[i]"},
            {"com.acme.batch.CsvParser.parseLine_[j]", "java.lang.String.split_[j]", "java.util.regex.Pattern.split_[i]"},
            {"com.acme.batch.Checksums.sha256_[j]", "sun.security.provider.DigestBase.engineUpdate_[j]",
                "sun.security.provider.SHA2.implCompress_[j]"},
            {"com.acme.util.Cache$$Lambda$412/0x0000000800c0b440.apply_[j]", "java.util.concurrent.ConcurrentHashMap.computeIfAbsent_[i]"},
            {"G1ParScanThreadState::trim_queue()_[n]", "G1ParScanThreadState::do_copy_to_survivor_space()_[n]",
                "memcpy_[n]", "asm_exc_page_fault_[k]", "exc_page_fault_[k]", "do_user_addr_fault_[k]", "clear_page_erms_[k]"},
            {"Compile::Optimize()_[n]", "PhaseIterGVN::optimize()_[n]", "PhaseIterGVN::transform_old(Node*)_[n]"},
            {"java.io.FileInputStream.readBytes_[j]", "readBytes_[n]", "__libc_read_[n]", "entry_SYSCALL_64_after_hwframe_[k]",
                "do_syscall_64_[k]", "ksys_read_[k]", "vfs_read_[k]"},
            {"com.acme.render.Template.render_[j]", "java.lang.StringBuilder.append_[i]", "java.util.Arrays.copyOf_[int]"},
            {"com.acme.json.数据解析器.parse_[j]", "com.acme.json.Lexer.next😀_[j]"},
        };
        for (int n = 0; n < 4000; n++) {
            String[] root = roots[Math.min(roots.length - 1, (int) Math.abs(random.nextGaussian() * 1.3))];
            String[] middle = middles[random.nextInt(middles.length)];
            List<Frame> frames = new ArrayList<>();
            for (String f : root) {
                frames.add(annotated(f));
            }
            int take = 1 + random.nextInt(middle.length);
            for (int i = 0; i < take; i++) {
                frames.add(annotated(middle[i]));
            }
            if (random.nextInt(4) == 0) {
                frames.add(annotated("com.acme.util.Helper.step" + random.nextInt(60) + "_[j]"));
            }
            long[] c = counts.computeIfAbsent(frames, k -> new long[2]);
            c[0]++;
            c[1] += 8_000_000L + random.nextInt(4_000_000);
        }
        List<StackSample> stacks = new ArrayList<>();
        counts.forEach((frames, c) -> stacks.add(new StackSample(frames, c[0], c[1])));
        ProfileInfo info = new ProfileInfo("/srv/acme/acme-server-2.4.1.jar", "async-profiler", "perf_events", "cpu",
                10_000_000L, START, START.plus(Duration.ofSeconds(30)),
                "OpenJDK 64-Bit Server VM 21.0.5+11-LTS (Eclipse Adoptium)", "G1 Young Generation, G1 Concurrent GC, G1 Old Generation",
                List.of());
        return new StackProfile(ProfileKind.CPU, info, stacks);
    }

    /** A frame from async-profiler's annotated name: {@code _[j]} compiled, {@code _[i]} inlined, {@code _[k]} kernel, {@code _[n]} native. */
    private static Frame annotated(String name) {
        int at = name.lastIndexOf("_[");
        if (at < 0) {
            return Frame.java(name);
        }
        String suffix = name.substring(at);
        FrameKind kind = switch (suffix) {
            case "_[j]" -> FrameKind.COMPILED;
            case "_[i]" -> FrameKind.INLINED;
            case "_[k]" -> FrameKind.KERNEL;
            case "_[n]" -> FrameKind.NATIVE;
            default -> FrameKind.INTERPRETED;
        };
        return new Frame(name.substring(0, at), kind);
    }
}
