package memdebug.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import memdebug.spi.StackProfile;

/** Checks on the profiles a report was given. */
final class StackProfileCheck {

    private StackProfileCheck() {
    }

    /** Every profile carries the fake backend's one stack, root first, and the interval metadata. */
    static void sameStacks(List<StackProfile> profiles) {
        for (StackProfile p : profiles) {
            assertEquals(1, p.stacks().size());
            assertEquals("main", p.stacks().get(0).frames().get(0).name());
            assertEquals("work", p.stacks().get(0).leaf().name());
            assertEquals("countingmetrics", p.info().backend(), "a given provider is known by its class name");
            assertEquals("counting", p.info().engine());
            assertEquals("cpu", p.info().event());
            assertEquals(memdebug.spi.ProfileKind.CPU, p.kind());
        }
    }
}
