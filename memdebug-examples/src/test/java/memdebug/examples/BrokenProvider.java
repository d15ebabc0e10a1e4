package memdebug.examples;

import memdebug.spi.CpuSampler;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProviderInfo;
import memdebug.spi.SamplerSettings;

/** A metrics provider whose constructor throws, ranked above every real one. */
@ProviderInfo(name = "broken", priority = 1000)
public final class BrokenProvider implements MetricsProvider {

    /** Always throws, as a provider with a missing dependency might. */
    public BrokenProvider() {
        throw new IllegalStateException("planted constructor failure");
    }

    @Override
    public CpuSampler cpuSampler(SamplerSettings settings) {
        throw new AssertionError("never constructed");
    }
}
