package memdebug.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import memdebug.api.MemDebugger;
import memdebug.spi.ReportProvider;

/**
 * A test host: profiles {@link PlantedShared} like its main does, with every report provider on
 * the path plus {@link StacksReport}, so the session writes {@code cpu.stacks} (what the reports
 * were given) beside {@code cpu.pdf} and {@code cpu.pb.gz}. PprofAgreementTest runs it in a child
 * JVM (patched into memdebug.examples on the module path).
 */
public final class RecordedPlantedShared {

    private RecordedPlantedShared() {
    }

    /** @param args how long to run, in milliseconds */
    public static void main(String[] args) {
        // memdebug.examples declares no `uses`: the reports are found here, as memdebug.api would find them.
        RecordedPlantedShared.class.getModule().addUses(ReportProvider.class);
        List<ReportProvider> reports = new ArrayList<>();
        reports.add(new StacksReport());
        ServiceLoader.load(ReportProvider.class).forEach(reports::add);
        MemDebugger md = MemDebugger.builder().report(reports.toArray(ReportProvider[]::new)).build();
        md.profile();
        PlantedShared.run(Long.parseLong(args[0]));
        md.writeProfile();
    }
}
