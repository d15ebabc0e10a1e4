package memdebug.jmx;

import java.lang.management.ManagementFactory;
import memdebug.spi.Availability;
import java.util.Set;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.ProviderInfo;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;

/**
 * The pure-JDK metrics provider: samples every thread's stack through {@code ThreadMXBean} and
 * weights each sample by the CPU time the thread used since its previous sample. Works on any
 * JVM with thread CPU time; biased towards safepoints, as every {@code getThreadInfo} sampler is.
 */
@ProviderInfo(name = "jmx", priority = 100, spi = ProviderInfo.SPI_VERSION)
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

    /** CPU only: the JDK's MXBeans have no allocation sampler. */
    @Override
    public Set<ProfileKind> kinds() {
        return Set.of(ProfileKind.CPU);
    }

    @Override
    public Sampler sampler(SamplerSettings settings) {
        return new JmxCpuSampler(settings, (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean());
    }
}
