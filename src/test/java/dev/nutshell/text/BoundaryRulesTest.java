package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundaryRulesTest {

    @Test
    void englishRulesLoadEveryWordClass() {
        BoundaryRules rules = BoundaryRules.load("/dev/nutshell/models/en/sentence-rules.txt");
        assertTrue(rules.isNeverFinal("mr"));
        assertTrue(rules.isNameOrFinal("St"));
        assertTrue(rules.isBeforeNumber("No"));
        assertTrue(rules.isAmbiguous("Inc"));
        assertTrue(rules.isSentenceStarter("The"));
        assertFalse(rules.isSentenceStarter("the"));
        assertTrue(rules.isLetterDesignator("Plan"));
        assertTrue(rules.isLineContinuing("the"));
        assertFalse(rules.isLineContinuing("May"));
        assertEquals(5, rules.minSentenceWords);
    }

    @Test
    void malformedSectionLineIsRejectedRatherThanReadAsWords() {
        String text = "[never-final]\nMr\n[settings] min-sentence-words = 5\n";
        assertThrows(IllegalStateException.class, () -> BoundaryRules.parse(new BufferedReader(new StringReader(text))));
    }
}
