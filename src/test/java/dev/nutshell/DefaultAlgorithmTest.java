package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.nutshell.scoring.Algorithm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the default summarizer is, and how the redundancy penalty follows the algorithm. */
class DefaultAlgorithmTest {
    /** The first two sentences say the same thing; the third says something new. */
    private static final String REPETITIVE = "The harbour reopened to boats on Friday after the storm. "
            + "On Friday the harbour reopened to boats after the storm. "
            + "Fishermen said the market would open again next week with fresh catch. "
            + "Officials thanked the volunteers who cleared the quay.";

    private static List<Integer> indices(Summarizer summarizer, int sentences) {
        return summarizer.summarize(REPETITIVE, Length.sentences(sentences)).sentences().stream()
                .map(KeySentence::index).toList();
    }

    @Test
    void theDefaultIsTheNutshellAlgorithmWithItsRedundancyPenalty() {
        assertEquals(indices(Summarizer.builder().algorithm("nutshell").build(), 2), indices(Summarizer.builder().build(), 2));
        assertEquals(indices(Summarizer.builder().algorithm("nutshell").redundancy(Algorithm.NUTSHELL.redundancy()).build(), 2),
                indices(Summarizer.builder().build(), 2));
    }

    @Test
    void theDefaultDoesNotRepeatItself() {
        assertEquals(List.of(0, 2), indices(Summarizer.builder().build(), 2));
    }

    @Test
    void withoutThePenaltyTheDefaultScorerWouldRepeatItself() {
        assertEquals(List.of(0, 1), indices(Summarizer.builder().redundancy(0).build(), 2));
    }

    @Test
    void leadStaysTheFirstSentencesWhateverTheyRepeat() {
        assertEquals(List.of(0, 1), indices(Summarizer.builder().algorithm("lead").build(), 2));
    }

    @Test
    void anExplicitPenaltyAppliesToAnyAlgorithm() {
        assertNotEquals(List.of(0, 1), indices(Summarizer.builder().algorithm("lead").redundancy(0.6).build(), 2));
    }
}
