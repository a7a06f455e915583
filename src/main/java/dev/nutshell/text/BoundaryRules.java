package dev.nutshell.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language-specific sentence-boundary and line rules, read from a resource file such as
 * {@code models/en/sentence-rules.txt} (format described there). Immutable and thread-safe.
 */
final class BoundaryRules {
    private static final Set<String> SECTIONS = Set.of("never-final", "name-or-final", "before-number", "ambiguous",
            "sentence-starters", "letter-designators", "time-qualifiers", "greetings", "line-continuing",
            "ordinal-followers", "ordinal-preceders", "final-after-number", "opening-quotes", "closing-quotes",
            "spaced-closing-quotes", "enumeration-ends", "unabbreviated-endings", "settings");
    private final Set<String> neverFinal;
    private final Set<String> beforeNumber;
    private final Set<String> nameOrFinal;
    private final Set<String> ambiguous;
    private final Set<String> sentenceStarters;
    private final Set<String> letterDesignators;
    private final Set<String> timeQualifiers;
    private final Set<String> greetings;
    private final Set<String> lineContinuing;
    private final Set<String> ordinalFollowers;
    private final Set<String> ordinalPreceders;
    private final Set<String> finalAfterNumber;
    private final Set<String> enumerationEnds;
    /** Letters that no abbreviation of the language ends with, lower case. */
    private final String unabbreviatedEndings;
    /** Quotation marks whose Unicode class says the opposite of what they do in this language. */
    private final String openingQuotes;
    private final String closingQuotes;
    private final String spacedClosingQuotes;
    /** Openers of more than one character (Dutch ",,"), longest first. */
    private final List<String> openingSequences;
    final int minSentenceWords;
    final int maxHeadingWords;
    final int maxQuestionLineWords;
    final int minWrappedLineLength;
    final int minContinuedLineLength;
    final int maxWrappedLineLength;
    final int maxTermLength;
    private final Map<String, Integer> settings;
    /**
     * A period after a word of at least this many letters that no section lists ends a sentence
     * even before a lower-case word; 0 (the default) means never, as in English.
     */
    final int minFinalWordBeforeLowerCase;
    /**
     * Whether a period, "?" or "!" after a plain word ends a sentence even before a lower-case word,
     * as in text nobody edited ("came. the waiter", "thanks!! see you"); true unless the rules say
     * {@code lower-case-starts = 0}.
     */
    final boolean lowerCaseStarts;
    /** A dash after a sentence's final period opens a line of dialogue, even in lower case. */
    final boolean dialogueDash;
    /** A colon before an opening quotation mark ends a sentence (direct speech set apart). */
    final boolean colonBeforeQuoteEnds;
    /** A colon before a capitalised word ends a sentence. */
    final boolean colonBeforeCapitalEnds;

    private BoundaryRules(Map<String, Set<String>> sections, Map<String, Integer> settings) {
        this.neverFinal = lowerCase(sections.getOrDefault("never-final", Set.of()));
        this.beforeNumber = lowerCase(sections.getOrDefault("before-number", Set.of()));
        this.nameOrFinal = lowerCase(sections.getOrDefault("name-or-final", Set.of()));
        this.ambiguous = Set.copyOf(sections.getOrDefault("ambiguous", Set.of()));
        this.sentenceStarters = Set.copyOf(sections.getOrDefault("sentence-starters", Set.of()));
        this.letterDesignators = lowerCase(sections.getOrDefault("letter-designators", Set.of()));
        this.timeQualifiers = Set.copyOf(sections.getOrDefault("time-qualifiers", Set.of()));
        this.greetings = Set.copyOf(sections.getOrDefault("greetings", Set.of()));
        this.lineContinuing = Set.copyOf(sections.getOrDefault("line-continuing", Set.of()));
        this.ordinalFollowers = lowerCase(sections.getOrDefault("ordinal-followers", Set.of()));
        this.ordinalPreceders = Set.copyOf(sections.getOrDefault("ordinal-preceders", Set.of()));
        this.finalAfterNumber = Set.copyOf(sections.getOrDefault("final-after-number", Set.of()));
        this.enumerationEnds = Set.copyOf(sections.getOrDefault("enumeration-ends", Set.of()));
        this.unabbreviatedEndings = characters(sections, "unabbreviated-endings", true).toLowerCase(Locale.ROOT);
        this.openingQuotes = characters(sections, "opening-quotes", false);
        this.openingSequences = sequences(sections, "opening-quotes");
        this.closingQuotes = characters(sections, "closing-quotes", true);
        this.spacedClosingQuotes = characters(sections, "spaced-closing-quotes", true);
        this.minSentenceWords = setting(settings, "min-sentence-words");
        this.maxHeadingWords = setting(settings, "max-heading-words");
        this.maxQuestionLineWords = setting(settings, "max-question-line-words");
        this.minWrappedLineLength = setting(settings, "min-wrapped-line-length");
        this.minContinuedLineLength = setting(settings, "min-continued-line-length");
        this.maxWrappedLineLength = setting(settings, "max-wrapped-line-length");
        this.maxTermLength = setting(settings, "max-term-length");
        this.settings = Map.copyOf(settings);
        this.minFinalWordBeforeLowerCase = settings.getOrDefault("min-final-word-before-lower-case", 0);
        this.dialogueDash = settings.getOrDefault("dialogue-dash", 0) != 0;
        this.lowerCaseStarts = settings.getOrDefault("lower-case-starts", 1) != 0;
        this.colonBeforeQuoteEnds = settings.getOrDefault("colon-before-quote-ends-sentence", 0) != 0;
        this.colonBeforeCapitalEnds = settings.getOrDefault("colon-before-capital-ends-sentence", 0) != 0;
    }

    /** A period after {@code word} never ends a sentence. */
    boolean isNeverFinal(String word) {
        return neverFinal.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A period after {@code word} ends a sentence only before a sentence-starter word. */
    boolean isNameOrFinal(String word) {
        return nameOrFinal.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A period after {@code word} does not end a sentence before a number. */
    boolean isBeforeNumber(String word) {
        return beforeNumber.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A period after {@code word} (case-sensitive) may or may not end a sentence. */
    boolean isAmbiguous(String word) {
        return ambiguous.contains(word);
    }

    /** {@code word} (case-sensitive) usually starts a sentence, even after an abbreviation. */
    boolean isSentenceStarter(CharSequence word) {
        return sentenceStarters.contains(word.toString());
    }

    /** A single capital letter after {@code word} is a designation ("plan B"), not an initial. */
    boolean isLetterDesignator(String word) {
        return letterDesignators.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@code word} (case-sensitive) goes on a sentence after a time of day ("10 a.m. Tuesday"). */
    boolean isTimeQualifier(String word) {
        return timeQualifiers.contains(word);
    }

    /** {@code word} (case-sensitive) opens a greeting or a closing of a letter ("Hi,", "Best regards,"). */
    boolean isGreeting(String word) {
        return greetings.contains(word);
    }

    /** A line that ends with {@code word} (case-sensitive) goes on on the next line. */
    boolean isLineContinuing(String word) {
        return lineContinuing.contains(word);
    }

    /** A number with a period before {@code word} (ignoring case) is an ordinal: "3. Oktober". */
    boolean isOrdinalFollower(CharSequence word) {
        return !ordinalFollowers.isEmpty() && ordinalFollowers.contains(word.toString().toLowerCase(Locale.ROOT));
    }

    /** A number with a period after {@code word} (case-sensitive) is an ordinal: "am 3.". */
    boolean isOrdinalPreceder(String word) {
        return ordinalPreceders.contains(word);
    }

    /**
     * A period after {@code word} (case-sensitive) can end a sentence only after a number: "в 1990
     * г." (year) may end one, "в г. Москве" (city) does not.
     */
    boolean isFinalAfterNumberOnly(String word) {
        return finalAfterNumber.contains(word);
    }

    /**
     * A period after {@code word} (case-sensitive), which closes an enumeration ("и т. д.", "и
     * др."), ends a sentence unless a lower-case word follows.
     */
    boolean isEnumerationEnd(String word) {
        return enumerationEnds.contains(word);
    }

    /**
     * No abbreviation of the language ends with {@code letter} (in any case): a word that does is
     * written out, and a period after it ends a sentence.
     */
    boolean endsUnabbreviated(char letter) {
        return unabbreviatedEndings.indexOf(Character.toLowerCase(letter)) >= 0;
    }

    /** Whether a listed abbreviation is {@code word}, in any section: "z.B", "т.д". */
    boolean isAbbreviation(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return neverFinal.contains(lower) || nameOrFinal.contains(lower) || beforeNumber.contains(lower)
                || ambiguous.contains(word) || finalAfterNumber.contains(word) || enumerationEnds.contains(word);
    }

    /** {@code c} opens a quotation in this language though Unicode classes it as closing (German »). */
    boolean opensQuotation(char c) {
        return openingQuotes.indexOf(c) >= 0;
    }

    /**
     * The length of the opener of more than one character ({@code [opening-quotes]}, the Dutch
     * ",,") that starts at {@code position}, or 0.
     */
    int openingSequenceLength(String text, int position) {
        for (String sequence : openingSequences) {
            if (text.startsWith(sequence, position)) {
                return sequence.length();
            }
        }
        return 0;
    }

    /** {@code c} closes a quotation in this language though Unicode classes it as opening (German “). */
    boolean closesQuotation(char c) {
        return closingQuotes.indexOf(c) >= 0;
    }

    /** {@code c} closes a quotation after a space (French « … »). */
    boolean isSpacedClosingQuote(char c) {
        return spacedClosingQuotes.indexOf(c) >= 0;
    }

    static BoundaryRules load(String resource) {
        return load(resource, Map.of());
    }

    /**
     * The rules of a language whose file may leave out settings: those it lacks are taken from
     * {@code defaults} (English's: the line rules count words and characters, which mean much the
     * same in every language written with spaces).
     */
    static BoundaryRules load(String resource, BoundaryRules defaults) {
        return load(resource, defaults.settings);
    }

    /** Rules without word lists: {@code defaults}' settings only, for a language without a rules file. */
    static BoundaryRules settingsOf(BoundaryRules defaults) {
        return new BoundaryRules(Map.of(), defaults.settings);
    }

    private static BoundaryRules load(String resource, Map<String, Integer> defaultSettings) {
        try (InputStream in = BoundaryRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sentence rules " + resource + " missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), defaultSettings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentence rules " + resource, e);
        }
    }

    static BoundaryRules parse(BufferedReader reader) throws IOException {
        return parse(reader, Map.of());
    }

    private static BoundaryRules parse(BufferedReader reader, Map<String, Integer> defaultSettings) throws IOException {
        Map<String, Set<String>> sections = new HashMap<>();
        Map<String, Integer> settings = new HashMap<>(defaultSettings);
        String section = null;
        String line;
        while ((line = reader.readLine()) != null) {
            int comment = line.indexOf('#');
            String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            if (content.startsWith("[")) {
                if (!content.endsWith("]") || !SECTIONS.contains(content.substring(1, content.length() - 1))) {
                    throw new IllegalStateException("sentence rules: unknown section line '" + content + "'");
                }
                section = content.substring(1, content.length() - 1);
            } else if ("settings".equals(section)) {
                String[] pair = content.split("=", 2);
                settings.put(pair[0].strip(), Integer.parseInt(pair[1].strip()));
            } else if (section != null) {
                for (String word : content.split("\\s+")) {
                    sections.computeIfAbsent(section, key -> new HashSet<>()).add(word);
                }
            }
        }
        return new BoundaryRules(sections, settings);
    }

    private static int setting(Map<String, Integer> settings, String name) {
        Integer value = settings.get(name);
        if (value == null) {
            throw new IllegalStateException("sentence rules lack the setting " + name);
        }
        return value;
    }

    /**
     * The single characters of a section, as one string; a longer word there is an error unless
     * {@code singleOnly} is false, when it is left out.
     */
    private static String characters(Map<String, Set<String>> sections, String section, boolean singleOnly) {
        StringBuilder characters = new StringBuilder();
        for (String word : sections.getOrDefault(section, Set.of())) {
            if (word.length() > 1 && !singleOnly) {
                continue;
            }
            if (word.length() != 1) {
                throw new IllegalStateException("sentence rules: [" + section + "] holds single characters, not '" + word + "'");
            }
            characters.append(word);
        }
        return characters.toString();
    }

    /** The words of more than one character in a section of quotation marks, longest first. */
    private static List<String> sequences(Map<String, Set<String>> sections, String section) {
        return sections.getOrDefault(section, Set.of()).stream()
                .filter(word -> word.length() > 1)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static Set<String> lowerCase(Set<String> words) {
        Set<String> lower = new HashSet<>();
        for (String word : words) {
            lower.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(lower);
    }
}
