package memdebug.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import memdebug.spi.ProfileKind;
import memdebug.spi.StackProfile;

class FlameLayoutTest {

    private static final long MS = 1_000_000;

    @Test
    void referenceProfileLaysOutChildrenByNameFromTheParentsLeftEdge() {
        StackTrie trie = StackTrie.of(Profiles.reference().stacks(), WeightBasis.WEIGHT);
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
        StackTrie trie = StackTrie.of(Profiles.reference().stacks(), WeightBasis.WEIGHT);
        FlameLayout layout = FlameLayout.of(trie, 400 * MS, 100);

        assertEquals(List.of("com.example.App.main 0 0 1000", "com.example.Work.hash 1 0 600"), describe(trie, layout));
        assertEquals(2, layout.prunedFrames()); // Work.sort and the Arrays.sort above it
    }

    @Test
    void levelsAboveTheLimitAreCountedNotDrawn() {
        StackTrie trie = StackTrie.of(Profiles.reference().stacks(), WeightBasis.WEIGHT);
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
        StackTrie trie = StackTrie.of(profile.stacks(), WeightBasis.WEIGHT);
        FlameLayout layout = FlameLayout.of(trie, 0, 100);

        assertEquals(List.of("a 0 0 175", "b 1 0 175", "a 2 0 175", "b 3 0 100"), describe(trie, layout));
    }

    private static List<String> describe(StackTrie trie, FlameLayout layout) {
        return layout.boxes().stream()
                .map(b -> trie.name(b.frame()) + " " + b.depth() + " " + b.x() / MS + " " + b.width() / MS)
                .toList();
    }
}
