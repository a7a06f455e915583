package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ROUGE-1.5.5's Perl Porter stemmer, including where it departs from the textbook algorithm. */
class RougePorterStemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Porter (1980)'s own examples, step by step.
        "caresses, caress", "ponies, poni", "cats, cat", "feed, feed", "agreed, agre", "plastered, plaster",
        "motoring, motor", "sing, sing", "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop",
        "tanned, tan", "falling, fall", "hissing, hiss", "fizzed, fizz", "failing, fail", "filing, file",
        "happy, happi", "relational, relat", "conditional, condit", "valenci, valenc", "digitizer, digit",
        "generalization, gener", "hopeful, hope", "goodness, good", "triplicate, triplic", "revival, reviv",
        "allowance, allow", "adjustable, adjust", "adoption, adopt", "probate, probat", "rate, rate",
        "cease, ceas", "controll, control", "roll, roll",
        // "says" loses its s and then its y: the Perl compares "said" only through WordNet's table.
        "says, sai", "running, run", "officials, offici",
        // An initial y is a consonant and comes back lower-case.
        "yelling, yell", "youths, youth",
        // Digits are consonants to the patterns.
        "1990s, 1990",
    })
    void followsThePorterSteps(String word, String stem) {
        assertEquals(stem, RougePorterStemmer.stem(word));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Chin-Yew Lin's 2004 change to step 4: "-ement" is in the first list, then "-ment" and
        // "-ent" are tried in separate ifs, so a word can lose more than one suffix.
        "agreement, agreem", "statement, statem", "settlement, settlem", "movement, movem",
        "document, docum", "parliament, parliam", "environment, environ",
        "fundamental, fundam", "international, intern", "internationally, internat", "governmental, govern",
        "commissioner, commiss", "professional, profess", "represented, repres", "occasional, occas",
        "technology, technolog", "possibly, possibl", "responsibility, respons", "revolutionary, revolutionari",
    })
    void departsFromTheTextbookAsRouge155Does(String word, String stem) {
        assertEquals(stem, RougePorterStemmer.stem(word));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a", "is", "ye"})
    void wordsShorterThanThreeCharactersStayAsTheyAre(String word) {
        assertEquals(word, RougePorterStemmer.stem(word));
    }
}
