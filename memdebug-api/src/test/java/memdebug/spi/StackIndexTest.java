package memdebug.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StackIndexTest {

    @Test
    void functionsAreNamesInCodePointOrderAndStacksAreSortedRootFirst() {
        StackProfile profile = new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), List.of(
                new StackSample(List.of(Frame.java("main"), Frame.java("\uff21")), 1, 10),
                new StackSample(List.of(Frame.java("main"), Frame.java("\uD83D\uDE00")), 1, 20),
                new StackSample(List.of(Frame.java("main")), 1, 5),
                new StackSample(List.of(Frame.java("init")), 1, 1)));
        StackIndex index = StackIndex.of(profile);

        // UTF-8 byte order, as Go compares names: U+FF21 before U+1F600 (UTF-16 order would swap them).
        assertEquals(List.of("init", "main", "\uff21", "\uD83D\uDE00"), names(index));
        assertEquals(List.of("init", "main", "main;\uff21", "main;\uD83D\uDE00"), stacks(index));
        assertEquals(36, index.total());
        assertEquals(2, index.maxDepth());
    }

    @Test
    void framesOfOneNameMergeWhateverTheirKindFileOrLine() {
        StackProfile profile = new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), List.of(
                new StackSample(List.of(new Frame("main", FrameKind.JAVA, "Main.java", 3), new Frame("f", FrameKind.INTERPRETED)), 1, 30),
                new StackSample(List.of(new Frame("main", FrameKind.JAVA, "Main.java", 9), new Frame("f", FrameKind.INTERPRETED)), 2, 40),
                new StackSample(List.of(new Frame("main", FrameKind.JAVA), new Frame("f", FrameKind.COMPILED)), 1, 50)));
        StackIndex index = StackIndex.of(profile);

        assertEquals(List.of("f", "main"), names(index));
        // Equal in names and kinds (the lines differed): one stack; other kinds stay a stack of their own.
        assertEquals(2, index.size());
        assertEquals(List.of(FrameKind.INTERPRETED, FrameKind.COMPILED), List.of(index.frameKind(0, 1), index.frameKind(1, 1)));
        assertEquals(70, index.value(0));
        assertEquals(50, index.value(1));
        assertEquals(EnumSet.of(FrameKind.JAVA, FrameKind.INTERPRETED, FrameKind.COMPILED), index.frameKinds());
    }

    @Test
    void theSameStacksInAnotherOrderGiveTheSameIndex() {
        List<StackSample> stacks = new ArrayList<>(List.of(
                new StackSample(List.of(Frame.java("b"), Frame.java("c")), 1, 3),
                new StackSample(List.of(Frame.java("a")), 1, 4),
                new StackSample(List.of(new Frame("b", FrameKind.NATIVE), Frame.java("c")), 1, 5),
                new StackSample(List.of(Frame.java("b")), 1, 6)));
        StackIndex first = StackIndex.of(new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), stacks));
        Collections.reverse(stacks);
        StackIndex second = StackIndex.of(new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), stacks));

        assertEquals(stacks(first), stacks(second));
        for (int s = 0; s < first.size(); s++) {
            assertEquals(first.value(s), second.value(s));
            assertEquals(first.frameKind(s, 0), second.frameKind(s, 0));
        }
    }

    @Test
    void emptyAndWeightlessStacksCountOnlyInTheTotal() {
        StackProfile profile = new StackProfile(ProfileKind.ALLOC, ProfileInfo.unknown(), List.of(
                new StackSample(List.of(), 1, 100),
                new StackSample(List.of(Frame.java("gone")), 1, 0),
                new StackSample(List.of(Frame.java("kept")), 1, 7)));
        StackIndex index = StackIndex.of(profile);

        assertEquals(107, index.total());
        assertEquals(List.of("kept"), names(index));
        assertEquals(ValueUnit.BYTES, index.unit());
        assertEquals("allocated bytes", index.measure());
        assertFalse(index.countsSamples());
    }

    @Test
    void sampleCountsStandInForAMissingWeight() {
        StackIndex index = StackIndex.of(new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), List.of(
                new StackSample(List.of(Frame.java("a")), 3, 0))));

        assertTrue(index.countsSamples());
        assertEquals(ValueUnit.COUNT, index.unit());
        assertEquals("samples", index.measure());
        assertEquals(3, index.total());
    }

    @Test
    void badInput() {
        assertThrows(NullPointerException.class, () -> StackIndex.of(null));
        StackIndex empty = StackIndex.of(new StackProfile(ProfileKind.CPU, ProfileInfo.unknown(), null));
        assertEquals(0, empty.size());
        assertEquals(0, empty.maxDepth());
        assertEquals(Set.of(), empty.frameKinds());
        assertThrows(IndexOutOfBoundsException.class, () -> empty.name(0));
        assertEquals(0, empty.functions());
    }

    private static List<String> names(StackIndex index) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < index.functions(); f++) {
            names.add(index.name(f));
        }
        return names;
    }

    private static List<String> stacks(StackIndex index) {
        List<String> stacks = new ArrayList<>();
        for (int s = 0; s < index.size(); s++) {
            List<String> frames = new ArrayList<>();
            for (int d = 0; d < index.depth(s); d++) {
                frames.add(index.name(index.function(s, d)));
            }
            stacks.add(String.join(";", frames));
        }
        return stacks;
    }
}
