package memdebug.examples;

import java.util.Set;
import memdebug.spi.MetricsProvider;
import memdebug.spi.ProfileKind;
import memdebug.spi.ProviderInfo;
import memdebug.spi.Sampler;
import memdebug.spi.SamplerSettings;

/** A metrics provider whose constructor throws, ranked above every real one. */
@ProviderInfo(name = "broken", priority = 1000, spi = ProviderInfo.SPI_VERSION)
public final class BrokenProvider implements MetricsProvider {

    /** Always throws, as a provider with a missing dependency might. */
    public BrokenProvider() {
        throw new IllegalStateException("planted constructor failure");
    }

    @Override
    public Set<ProfileKind> kinds() {
        throw new AssertionError("never constructed");
    }

    @Override
    public Sampler sampler(SamplerSettings settings) {
        throw new AssertionError("never constructed");
    }
}
