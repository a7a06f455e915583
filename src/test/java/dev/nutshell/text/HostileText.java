package dev.nutshell.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generators of random and adversarial text for property tests, driven by a caller's seeded
 * {@link Random} so that every input can be rebuilt from its seed.
 */
public final class HostileText {
    private static final String[] WHITESPACE = {" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u2028",
        "\u2029", "\u0085", "\u000B", "\f", "\u00A0", "\u3000", "\u202F", " \n ", "\r\n\r\n"};
    private static final String[] TERMINALS = {".", ".", ".", "!", "?", "…", "...", ". . .", "?!", "!!", "。", "！",
        "？", "؟", "।", "‼", ".\"", ".'", ".)", ".”", "?\"", "!)", ".»", "。」"};
    private static final String[] OPENINGS = {"\"", "'", "(", "[", "{", "«", "“", "‘", "「", "¿", "¡", "-", "—", "*",
        "•"};
    private static final String[] CLOSINGS = {"\"", "'", ")", "]", "}", "»", "”", "’", "」"};
    private static final String[] EMOJI = {"😀", "👩‍👩‍👧‍👦", "🇺🇸", "🇬🇧", "👍🏽", "🏳️‍🌈", "❤️", "🎉", "𝐁𝐨𝐥𝐝", "𝄞"};
    private static final String[] SCRIPTS = {"中文句子", "日本語", "한국어", "مرحبا بالعالم", "שלום עולם", "cafe\u0301",
        "nai\u0308ve", "\u200F", "\u202E", "\u200D", "\u200B", "\uFEFF", "Zalgo t\u0336e\u0336x\u0336t", "ไทย", "हिन्दी"};
    private static final String[] ABBREVIATIONS = {"U.S.", "U.K.", "Dr.", "Mr.", "e.g.", "i.e.", "Inc.", "Corp.",
        "Ltd.", "J.", "A.", "a.m.", "p.m.", "No.", "St.", "Jan.", "etc.", "vs.", "Ph.D.", "Calif.", "Bros."};
    private static final String[] WORDS = {"the", "harbour", "boats", "council", "storm", "market", "reopened",
        "said", "on", "Friday", "a", "of", "and", "it", "wall", "sea", "fish", "new", "bridge", "budget", "for",
        "was", "is", "The", "It", "He", "She", "But", "Acme", "Patel", "Smith", "London", "GMT", "NATO", "x"};
    private static final String[] NUMBERS = {"3", "42", "2025", "3.5", "$4.2bn", "10,000", "1.", "2)", "12:30",
        "6-4", "0.001", "1e9"};
    private static final String[] ODDITIES = {"example.com/a.b?c=d", "jane@example.org", "http://x.y/z.", "#tag",
        "@user", "C++", "a/b", "--", "...", "''", "``", "<p>", "</div>", "{\"k\": [1, 2]}", "&amp;", "\\n", "%s"};

    private HostileText() {
    }

    /**
     * Any UTF-16 text, weighted toward what breaks text code: arbitrary code units (lone surrogates
     * and controls among them), every kind of line break and space, sentence punctuation of many
     * scripts, quotes and brackets, emoji with ZWJ sequences and flags, RTL and CJK, abbreviations.
     *
     * @param random the source of randomness
     * @param maxLength the usual upper bound of the length; one text in twenty may be up to ten times longer
     * @return the text, possibly empty
     */
    public static String anyUnicode(Random random, int maxLength) {
        int length = random.nextInt(20) == 0 ? random.nextInt(10 * maxLength + 1) : random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(anyPiece(random));
        }
        return text.toString();
    }

    private static String anyPiece(Random random) {
        int kind = random.nextInt(100);
        if (kind < 20) {
            return String.valueOf((char) random.nextInt(0x10000)); // any code unit, surrogates included
        } else if (kind < 38) {
            return pick(random, WORDS);
        } else if (kind < 53) {
            return pick(random, WHITESPACE);
        } else if (kind < 63) {
            return pick(random, TERMINALS);
        } else if (kind < 68) {
            return pick(random, OPENINGS);
        } else if (kind < 72) {
            return pick(random, CLOSINGS);
        } else if (kind < 77) {
            return String.valueOf(control(random));
        } else if (kind < 82) {
            return pick(random, EMOJI);
        } else if (kind < 86) {
            return String.valueOf(loneSurrogate(random));
        } else if (kind < 91) {
            return pick(random, SCRIPTS);
        } else if (kind < 96) {
            return pick(random, ABBREVIATIONS);
        } else {
            return pick(random, NUMBERS);
        }
    }

    /**
     * Text that looks like an article, with the awkward cases of real pages: abbreviations and
     * initials, numbers, quotations, ellipses, headlines and list items, blank lines and CR/CRLF
     * line ends, lower-case or upper-case passages, repeated sentences, and now and then a control
     * character, a lone surrogate, an emoji or another script.
     *
     * @param random the source of randomness
     * @param maxSentences the most sentences
     * @return the text, possibly empty
     */
    public static String sentenceLike(Random random, int maxSentences) {
        int sentences = random.nextInt(maxSentences + 1);
        int caseStyle = random.nextInt(10); // 0: all lower case, 1: all upper case, else as written
        List<String> written = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (random.nextInt(12) == 0) {
                text.append(headline(random)).append(random.nextBoolean() ? "\n" : "\r\n");
            }
            String sentence = !written.isEmpty() && random.nextInt(10) == 0
                    ? written.get(random.nextInt(written.size())) // a repeated sentence
                    : sentence(random);
            written.add(sentence);
            if (random.nextInt(15) == 0) {
                text.append(random.nextBoolean() ? "- " : (1 + random.nextInt(9)) + ". ");
            }
            text.append(sentence).append(separator(random));
        }
        String result = text.toString();
        return caseStyle == 0 ? result.toLowerCase(Locale.ROOT)
                : caseStyle == 1 ? result.toUpperCase(Locale.ROOT) : result;
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder();
        boolean quoted = random.nextInt(8) == 0;
        if (quoted) {
            sentence.append(pick(random, OPENINGS));
        }
        int words = 1 + random.nextInt(random.nextInt(10) == 0 ? 80 : 18);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sentence.append(random.nextInt(30) == 0 ? pick(random, WHITESPACE) : " ");
            }
            sentence.append(word(random, w == 0));
        }
        sentence.append(pick(random, TERMINALS));
        if (quoted) {
            sentence.append(pick(random, CLOSINGS));
        }
        return sentence.toString();
    }

    private static String word(Random random, boolean first) {
        int kind = random.nextInt(100);
        String word;
        if (kind < 70) {
            word = pick(random, WORDS);
        } else if (kind < 82) {
            word = pick(random, ABBREVIATIONS);
        } else if (kind < 88) {
            word = pick(random, NUMBERS);
        } else if (kind < 92) {
            word = pick(random, ODDITIES);
        } else if (kind < 95) {
            word = pick(random, EMOJI);
        } else if (kind < 97) {
            word = pick(random, SCRIPTS);
        } else if (kind < 99) {
            word = "w" + control(random) + "x";
        } else {
            word = "h" + loneSurrogate(random) + "i";
        }
        return first && !word.isEmpty() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    private static String headline(Random random) {
        StringBuilder headline = new StringBuilder();
        int words = 1 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
            String word = pick(random, WORDS);
            headline.append(w > 0 ? " " : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return headline.toString();
    }

    private static String separator(Random random) {
        int kind = random.nextInt(10);
        return kind < 6 ? " " : pick(random, WHITESPACE);
    }

    /**
     * Pre-split input: up to 30 units, each sentence-like, arbitrary, empty or blank.
     *
     * @param random the source of randomness
     * @return the units
     */
    public static List<String> preSplit(Random random) {
        int units = random.nextInt(31);
        List<String> sentences = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            int kind = random.nextInt(10);
            sentences.add(kind < 5 ? sentence(random)
                    : kind < 8 ? anyUnicode(random, 200)
                    : kind < 9 ? "" : pick(random, WHITESPACE));
        }
        return sentences;
    }

    private static char control(Random random) {
        int code = random.nextInt(65);
        return (char) (code < 32 ? code : 0x7F + (code - 32)); // C0, DEL and C1
    }

    private static char loneSurrogate(Random random) {
        return (char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x400) : 0xDC00 + random.nextInt(0x400));
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
