package memdebug.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadingGuideTest {

    private static final List<StackSample> STACKS = List.of(
            new StackSample(List.of(Frame.java("main"), new Frame("byte[]", FrameKind.ALLOCATED_TYPE)), 2, 4096));

    @Test
    void cpuSpeaksOfCpuTimeAndTheRunningFunction() {
        StackIndex index = StackIndex.of(new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), STACKS));

        assertTrue(ReadingGuide.flameGraph(index).contains("its width is its share of the CPU time."));
        assertTrue(ReadingGuide.flameGraph(index).contains("The top frame of each stack is the running function"));
        assertEquals("Top functions by own CPU time (flat), as pprof -top", ReadingGuide.tableTitle(index, TopTable.Order.FLAT));
        assertEquals("Top functions by CPU time with callees (cum), as pprof -top -cum",
                ReadingGuide.tableTitle(index, TopTable.Order.CUM));
        assertTrue(ReadingGuide.tableColumns(index, null).get(0)
                .startsWith("flat: CPU time of the samples whose top frame is the function (the running function)."));
        assertTrue(ReadingGuide.tableColumns(index, TopTable.Order.CUM).get(1).endsWith("Sorted by cum, then name."));
        assertTrue(ReadingGuide.tableColumns(index, TopTable.Order.FLAT).get(1)
                .contains("Functions whose cum is below 0.5% of the total are dropped"));
    }

    @Test
    void allocationsSpeakOfBytesAndNeverOfCpu() {
        StackIndex index = StackIndex.of(new StackProfile(ProfileKind.ALLOC, ProfileInfo.unknown(), STACKS));
        List<String> all = everything(index);

        assertTrue(all.get(0).contains("its share of the allocated bytes."), all.get(0));
        assertTrue(all.get(0).contains("The top frame of each stack is the allocated type"), all.get(0));
        assertEquals("Top functions by own allocated bytes (flat), as pprof -top", all.get(1));
        for (String text : all) {
            assertFalse(text.contains("CPU") || text.contains("cpu") || text.contains("time"), text);
        }
    }

    @Test
    void aMadeUpKindIsWordedFromItsParts() {
        ProfileKind lock = new ProfileKind("lock", ValueUnit.NANOSECONDS, "lock wait time", "the function that waited");
        StackIndex index = StackIndex.of(new StackProfile(lock, ProfileInfo.unknown(), STACKS));

        assertTrue(ReadingGuide.flameGraph(index).contains("its share of the lock wait time."));
        assertTrue(ReadingGuide.flameGraph(index).contains("The top frame of each stack is the function that waited"));
        assertEquals("Top functions by lock wait time with callees (cum), as pprof -top -cum",
                ReadingGuide.tableTitle(index, TopTable.Order.CUM));
    }

    @Test
    void countedSamplesAreCalledSamples() {
        StackIndex index = StackIndex.of(new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(),
                List.of(new StackSample(List.of(Frame.java("a")), 5, 0))));

        assertEquals("Top functions by own samples (flat), as pprof -top", ReadingGuide.tableTitle(index, null));
    }

    private static List<String> everything(StackIndex index) {
        List<String> all = new ArrayList<>();
        all.add(ReadingGuide.flameGraph(index));
        all.add(ReadingGuide.tableTitle(index, TopTable.Order.FLAT));
        all.add(ReadingGuide.tableTitle(index, TopTable.Order.CUM));
        all.addAll(ReadingGuide.tableColumns(index, TopTable.Order.FLAT));
        all.addAll(ReadingGuide.tableColumns(index, TopTable.Order.CUM));
        return all;
    }
}
