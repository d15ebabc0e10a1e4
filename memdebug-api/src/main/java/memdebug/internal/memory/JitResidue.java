package memdebug.internal.memory;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * What the JIT would leave in the heap at some later print, made at set-up instead. The JVM
 * interns a class's string constants when code first uses them, and when C2 first compiles any
 * method of a class it interns all of them at once, used or not; it also loads a few classes
 * the compiled code refers to. After hundreds or thousands of prints, a few hundred bytes of
 * strings and class mirrors would appear in one print's delta, memdebug's own doing. Made
 * here, before the first snapshot, the strings are found in the string table then and the
 * classes are loaded, and nothing new appears.
 *
 * <p>The constants are read from the class files (their constant pools), memdebug's own and
 * those of the JDK code on the print path: JMX to the diagnostic command, the management beans,
 * the {@code /proc} read, the collections and strings the parser uses. The lists come from
 * watching C2 compile and load during thousands of prints on JDK 17 and 25. A class that cannot
 * be found (another JDK's class names, a packed deployment) is skipped.
 */
final class JitResidue {

    private static final String[] CLASSES = {
        // memdebug: the print path
        "memdebug/api/MemDebug", "memdebug/api/MemDebugger", "memdebug/api/MemDebugger$PerThread", "memdebug/api/Mark",
        "memdebug/internal/line/LineFormat", "memdebug/internal/line/LineBuffer", "memdebug/internal/line/Line",
        "memdebug/internal/line/GoDuration", "memdebug/internal/line/DatumRenderer",
        "memdebug/internal/line/DatumRenderer$Budget", "memdebug/internal/line/Palette",
        "memdebug/internal/memory/MemoryProbe", "memdebug/internal/memory/MemorySnapshot",
        "memdebug/internal/memory/FullCollector", "memdebug/internal/memory/DiagnosticCommands",
        "memdebug/internal/memory/HistogramParser", "memdebug/internal/memory/HistogramParser$Row",
        "memdebug/internal/memory/ClassHistogram", "memdebug/internal/memory/ClassCount",
        "memdebug/internal/memory/ClassTable", "memdebug/internal/memory/ClassTable$Entry",
        "memdebug/internal/memory/ClassTable$Words", "memdebug/internal/memory/ClassRanking",
        "memdebug/internal/memory/ClassChange", "memdebug/internal/memory/ResidentMemory",
        "memdebug/internal/memory/StackMemory", "memdebug/internal/output/StreamSink",
        "memdebug/internal/output/LoggerSink",
        // JDK: strings, collections, arrays
        "java/lang/String", "java/lang/StringLatin1", "java/lang/StringUTF16", "java/lang/AbstractStringBuilder",
        "java/lang/StringBuilder", "java/lang/Character", "java/lang/CharacterDataLatin1", "java/lang/Math",
        "java/lang/Long", "java/lang/Integer", "java/lang/Thread", "java/lang/ThreadLocal",
        "java/lang/ThreadLocal$ThreadLocalMap", "java/lang/ref/Reference", "java/lang/Record", "java/util/Objects",
        "java/util/Arrays", "java/util/Arrays$ArrayList", "java/util/Arrays$ArrayItr", "java/util/ArrayList",
        "java/util/ArrayList$Itr", "java/util/AbstractList", "java/util/AbstractCollection", "java/util/HashMap",
        "java/util/ImmutableCollections", "java/util/ImmutableCollections$ListN",
        "java/util/ImmutableCollections$List12", "java/util/ImmutableCollections$ListItr",
        "java/util/ImmutableCollections$AbstractImmutableList", "java/util/concurrent/ConcurrentHashMap",
        "java/util/concurrent/locks/ReentrantReadWriteLock", "java/util/concurrent/locks/ReentrantReadWriteLock$Sync",
        "java/util/concurrent/locks/AbstractQueuedSynchronizer", "jdk/internal/util/ArraysSupport",
        "jdk/internal/util/Preconditions",
        // JDK: the /proc read and the output stream
        "java/nio/Buffer", "java/nio/ByteBuffer", "java/nio/DirectByteBuffer", "java/nio/MappedByteBuffer",
        "sun/nio/ch/FileChannelImpl", "sun/nio/ch/IOUtil", "sun/nio/ch/NativeDispatcher",
        "sun/nio/ch/FileDispatcherImpl", "sun/nio/ch/UnixFileDispatcherImpl",
        "java/nio/channels/spi/AbstractInterruptibleChannel", "jdk/internal/misc/Blocker", "java/io/PrintStream",
        "java/io/BufferedOutputStream", "java/io/FileOutputStream", "java/io/OutputStream",
        // JDK: JMX to the diagnostic command, and the management beans
        "javax/management/ObjectName", "com/sun/jmx/mbeanserver/JmxMBeanServer", "com/sun/jmx/mbeanserver/Repository",
        "com/sun/jmx/mbeanserver/NamedObject", "com/sun/jmx/interceptor/DefaultMBeanServerInterceptor",
        "com/sun/management/internal/DiagnosticCommandImpl", "com/sun/management/internal/DiagnosticCommandImpl$Wrapper",
        "com/sun/management/internal/DiagnosticCommandInfo", "sun/management/ThreadImpl",
        "com/sun/management/internal/HotSpotThreadImpl", "sun/management/VMManagementImpl", "sun/management/MemoryImpl",
        "sun/management/MemoryPoolImpl", "sun/management/GarbageCollectorImpl",
        "com/sun/management/internal/GarbageCollectorExtImpl",
    };

    /**
     * Classes that would otherwise first be loaded through memdebug's class loader after the
     * first snapshot: by C2 when it compiles the print path (seen on JDK 17 and 25), and
     * java.lang.ref.Reference, which a print first uses after its snapshot. A loader keeps an
     * entry for each class it is asked for (112 bytes on the class path).
     */
    private static final String[] LOADED_BY_THE_JIT = {
        "java.lang.ref.Reference", "memdebug.api.Mark", "java.util.IdentityHashMap$KeyIterator", "java.util.IdentityHashMap$IdentityHashMapIterator",
        "jdk.internal.misc.ScopedMemoryAccess$Scope", "jdk.internal.misc.ScopedMemoryAccess$Scope$Handle",
        "java.util.concurrent.locks.AbstractQueuedSynchronizer$Node", "java.lang.foreign.MemorySegment$Scope",
        "jdk.internal.foreign.MemorySessionImpl", "java.util.concurrent.locks.AbstractQueuedLongSynchronizer$Node",
    };

    /** What was interned; kept so the string table keeps it. */
    private static String[] kept = new String[0];

    private JitResidue() {
    }

    /**
     * Interns the string constants of every class on the print path and loads the classes the
     * JIT would load; once per JVM is enough.
     */
    static synchronized void makeNow() {
        if (kept.length > 0) {
            return;
        }
        ClassLoader loader = JitResidue.class.getClassLoader();
        for (String name : LOADED_BY_THE_JIT) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                // not in this JDK
            }
        }
        String[] all = new String[4096];
        int n = 0;
        for (String name : CLASSES) {
            String[] found = read(loader, name);
            if (n + found.length > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, n + found.length));
            }
            for (String s : found) {
                all[n++] = s.intern();
            }
        }
        kept = Arrays.copyOf(all, n);
    }

    /** The string constants of one class file; none when it cannot be read. */
    private static String[] read(ClassLoader loader, String name) {
        String resource = name + ".class";
        try (InputStream raw = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
                : loader.getResourceAsStream(resource)) {
            return raw == null ? new String[0] : constants(new DataInputStream(raw));
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }

    /** Reads a class file's constant pool and returns its CONSTANT_String values. */
    private static String[] constants(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            return new String[0];
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] strings = new int[count];
        int n = 0;
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> strings[n++] = in.readUnsignedShort();
                case 7, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // takes two entries
                }
                default -> {
                    return new String[0]; // a constant this reader does not know: leave the class alone
                }
            }
        }
        String[] values = new String[n];
        for (int k = 0; k < n; k++) {
            values[k] = utf8[strings[k]] == null ? "" : utf8[strings[k]];
        }
        return values;
    }
}
