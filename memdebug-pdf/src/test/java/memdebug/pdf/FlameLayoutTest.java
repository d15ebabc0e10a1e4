package memdebug.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import memdebug.spi.Frame;
import memdebug.spi.FrameKind;
import memdebug.spi.ProfileKind;
import memdebug.spi.StackIndex;
import memdebug.spi.StackProfile;
import memdebug.spi.StackSample;

class FlameLayoutTest {

    private static final long MS = 1_000_000;

    @Test
    void referenceProfileLaysOutChildrenByNameFromTheParentsLeftEdge() {
        StackTrie trie = StackTrie.of(StackIndex.of(Profiles.reference()));
        FlameLayout layout = FlameLayout.of(trie, 0, 100);

        assertEquals(List.of(
                "com.example.App.main 0 0 1000",
                "com.example.Work.hash 1 0 600",
                "com.example.Work.sort 1 600 390",
                "java.util.Arrays.sort 2 600 300"), describe(trie, layout));
        assertEquals(3, layout.depth());
        assertEquals(0, layout.prunedFrames());
    }

    @Test
    void lightFramesArePrunedWithEverythingAboveThem() {
        StackTrie trie = StackTrie.of(StackIndex.of(Profiles.reference()));
        FlameLayout layout = FlameLayout.of(trie, 400 * MS, 100);

        assertEquals(List.of("com.example.App.main 0 0 1000", "com.example.Work.hash 1 0 600"), describe(trie, layout));
        assertEquals(2, layout.prunedFrames()); // Work.sort and the Arrays.sort above it
    }

    @Test
    void levelsAboveTheLimitAreCountedNotDrawn() {
        StackTrie trie = StackTrie.of(StackIndex.of(Profiles.reference()));
        FlameLayout layout = FlameLayout.of(trie, 0, 2);

        assertEquals(3, layout.boxes().size());
        assertEquals(1, layout.truncatedFrames());
        assertEquals(3, layout.deepestStack());
    }

    @Test
    void identicalPathsMergeAndRecursionStacksUp() {
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.info("rec", Duration.ofSeconds(1)), List.of(
                Profiles.stack(1, 100, "a", "b", "a", "b"),
                Profiles.stack(1, 50, "a", "b", "a"),
                Profiles.stack(1, 25, "a", "b", "a")));
        StackTrie trie = StackTrie.of(StackIndex.of(profile));
        FlameLayout layout = FlameLayout.of(trie, 0, 100);

        assertEquals(List.of("a 0 0 175", "b 1 0 175", "a 2 0 175", "b 3 0 100"), describe(trie, layout));
    }

    @Test
    void oneBoxPerMethodColoredByItsDominantKind() {
        // Work.hash ran interpreted (30ms), then C1 (50ms), then C2 (20ms); main was JIT-compiled in
        // one stack and inlined in another; Arrays.sort is native below Work.sort only.
        StackProfile profile = new StackProfile(ProfileKind.CPU, Profiles.info("mixed", Duration.ofSeconds(1)), List.of(
                new StackSample(List.of(new Frame("App.main", FrameKind.COMPILED, "App.java", 3),
                        new Frame("Work.hash", FrameKind.INTERPRETED, "Work.java", 10)), 3, 30 * MS),
                new StackSample(List.of(new Frame("App.main", FrameKind.COMPILED, "App.java", 4),
                        new Frame("Work.hash", FrameKind.C1_COMPILED, "Work.java", 11)), 5, 50 * MS),
                new StackSample(List.of(new Frame("App.main", FrameKind.INLINED),
                        new Frame("Work.hash", FrameKind.COMPILED)), 2, 20 * MS),
                new StackSample(List.of(new Frame("App.main", FrameKind.INLINED),
                        new Frame("Work.sort", FrameKind.COMPILED), new Frame("Arrays.sort", FrameKind.NATIVE)), 1, 10 * MS)));
        StackTrie trie = StackTrie.of(StackIndex.of(profile));
        FlameLayout layout = FlameLayout.of(trie, 0, 100);

        assertEquals(List.of(
                "App.main 0 0 110 COMPILED",
                "Work.hash 1 0 100 C1_COMPILED",
                "Work.sort 1 100 10 COMPILED",
                "Arrays.sort 2 100 10 NATIVE"), describeWithKinds(trie, layout));
    }

    private static List<String> describeWithKinds(StackTrie trie, FlameLayout layout) {
        return layout.boxes().stream()
                .map(b -> trie.name(b.frame()) + " " + b.depth() + " " + b.x() / MS + " " + b.width() / MS + " " + b.kind())
                .toList();
    }

    private static List<String> describe(StackTrie trie, FlameLayout layout) {
        return layout.boxes().stream()
                .map(b -> trie.name(b.frame()) + " " + b.depth() + " " + b.x() / MS + " " + b.width() / MS)
                .toList();
    }
}
