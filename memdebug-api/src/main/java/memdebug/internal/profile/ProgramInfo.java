package memdebug.internal.profile;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** What a report legend says about the running program and JVM, read once. */
record ProgramInfo(String program, String jvm, String collector) {

    static ProgramInfo current() {
        String command = System.getProperty("sun.java.command", "");
        String program = command.isBlank() ? "java" : command.trim().split("\\s+")[0];
        String jvm = System.getProperty("java.vm.name", "JVM") + " " + System.getProperty("java.runtime.version",
                System.getProperty("java.version", ""));
        List<String> gcs = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.add(gc.getName());
        }
        return new ProgramInfo(program, jvm.trim(), String.join(", ", gcs));
    }
}
