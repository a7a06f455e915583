package dev.nutshell.selection;

import dev.nutshell.article.Sentence;
import dev.nutshell.internal.hashing.HashSlots;
import dev.nutshell.internal.hashing.SeededHash;
import java.util.List;

/**
 * The texts chosen so far, compared with whitespace left out (a repeated paragraph may be
 * wrapped differently): the library's open-addressing {@link HashSlots} of sentence indices, keyed
 * by the {@link SeededHash} of the text's other characters, so that no set of sentences ("Item 1
 * was sold today.", "Item 2 ...") makes long probe sequences. Whether a text is in the set depends
 * on the texts only, never on the hash. Not thread-safe; one per selection.
 */
final class ChosenTexts {
    /** {@link #isWhitespace(char)} of ASCII: space, tab to carriage return, and U+001C to U+001F. */
    private static final boolean[] ASCII_WHITESPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WHITESPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private final List<Sentence> sentences;
    private final SeededHash hash;
    private final HashSlots slots = new HashSlots(16);
    /** Scratch: the text being added, whitespace left out. */
    private char[] stripped = new char[256];

    ChosenTexts(List<Sentence> sentences) {
        this(sentences, SeededHash.perJvm());
    }

    /** @param hash the hash of texts: a fixed one in tests, so that they do not depend on the JVM's */
    ChosenTexts(List<Sentence> sentences, SeededHash hash) {
        this.sentences = sentences;
        this.hash = hash;
    }

    /** @return whether the sentence's text was not there yet; it is now */
    boolean add(int index) {
        String text = sentences.get(index).text();
        int textHash = hashWithoutWhitespace(text);
        for (int slot = slots.find(textHash), entry; (entry = slots.entryAt(slot)) != 0;
                slot = slots.findNext(slot, textHash)) {
            if (equalWithoutWhitespace(text, sentences.get(entry - 1).text())) {
                return false;
            }
        }
        slots.add(textHash, index + 1);
        return true;
    }

    /** @return the slots looked at by every {@link #add(int)} so far: the set's cost, for tests */
    long probes() {
        return slots.probes();
    }

    private int hashWithoutWhitespace(String text) {
        int textLength = text.length();
        if (stripped.length < textLength) {
            stripped = new char[Math.max(textLength, 2 * stripped.length)];
        }
        char[] buffer = stripped;
        text.getChars(0, textLength, buffer, 0);
        int length = 0;
        for (int i = 0; i < textLength; i++) {
            // Compacted in place without a branch on whitespace or not, which prose mispredicts.
            char c = buffer[i];
            buffer[length] = c;
            length += isWhitespace(c) ? 0 : 1;
        }
        return hash.of(buffer, 0, length);
    }

    private static boolean isWhitespace(char c) {
        if (c < 128) {
            // The same answer for ASCII from a table: this runs on every character chosen.
            return ASCII_WHITESPACE[c];
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean equalWithoutWhitespace(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && isWhitespace(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && isWhitespace(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }
}
