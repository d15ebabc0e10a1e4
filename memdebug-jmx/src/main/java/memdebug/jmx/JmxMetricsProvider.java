package memdebug.jmx;

import java.lang.management.ManagementFactory;
import memdebug.spi.Availability;
import memdebug.spi.CpuSampler;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProviderInfo;
import memdebug.spi.SamplerSettings;

/**
 * The pure-JDK metrics provider: samples every thread's stack through {@code ThreadMXBean} and
 * weights each sample by the CPU time the thread used since its previous sample. Works on any
 * JVM with thread CPU time; biased towards safepoints, as every {@code getThreadInfo} sampler is.
 */
@ProviderInfo(name = "jmx", priority = 100)
public final class JmxMetricsProvider implements MetricsProvider {

    /** Does nothing until asked for a sampler. */
    public JmxMetricsProvider() {
    }

    @Override
    public Availability availability() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!(threads instanceof com.sun.management.ThreadMXBean) || !threads.isThreadCpuTimeSupported()) {
            return Availability.no("this JVM cannot measure per-thread CPU time; use memdebug-asyncprofiler");
        }
        return Availability.yes();
    }

    @Override
    public CpuSampler cpuSampler(SamplerSettings settings) {
        return new JmxCpuSampler(settings, (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean());
    }
}
