package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Terms of a sentence: tokenization, lower-casing, stop words and stemming. */
class TermAnalysisTest {

    private static List<String> termsOf(String sentence) {
        Article article = TextAnalyzer.english().analyze(List.of(sentence));
        Sentence only = article.sentences().get(0);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < only.termCount(); i++) {
            terms.add(article.term(only.termAt(i)));
        }
        return terms;
    }

    @Test
    void wordsAreLowerCasedStemmedAndStopWordsDropped() {
        assertEquals(List.of("minist", "discuss", "dynam", "diplomaci"),
                termsOf("The Minister was discussing the dynamics of diplomacy."));
    }

    @Test
    void hyphenatedWordsGiveTheirParts() {
        assertEquals(List.of("high", "speed", "internet"), termsOf("high-speed internet"));
    }

    @Test
    void possessivesAndCurlyApostrophesNormaliseToTheSameTerm() {
        assertEquals(termsOf("Russia's border"), termsOf("Russia’s border"));
        assertEquals(List.of("russia", "border"), termsOf("Russia’s border"));
    }

    @Test
    void contractionsAreStopWordsInPlainAndTokenisedText() {
        assertEquals(List.of("go"), termsOf("don't go"));
        assertEquals(List.of("go"), termsOf("do n't go"));
    }

    @Test
    void numbersAreTerms() {
        assertEquals(List.of("profit", "rose", "76", "1", "13bn"), termsOf("Profits rose 76% to $1.13bn"));
    }

    @Test
    void eachIdeographIsATerm() {
        assertEquals(List.of("東", "京", "は", "雨"), termsOf("東京は雨"));
    }

    @Test
    void overlongTokensAreNotTerms() {
        assertEquals(List.of("hash"), termsOf("hash " + "a1".repeat(40)));
    }

    @Test
    void onlyStopWordsGiveNoTerms() {
        assertEquals(List.of(), termsOf("and the of it was to be"));
    }

    @Test
    void wordCountIsTheNumberOfWhitespaceSeparatedRuns() {
        Article article = TextAnalyzer.english().analyze(List.of("  One two\tthree—four \u00a0five  "));
        assertEquals(4, article.sentences().get(0).wordCount());
    }
}
