package dev.nutshell.selection;

import dev.nutshell.article.Sentence;
import java.util.List;

/**
 * The texts chosen so far, compared with whitespace left out (a repeated paragraph may be
 * wrapped differently), without building a string for each: an open-addressing set of sentence
 * indices keyed by the hash of the text's other characters.
 */
final class ChosenTexts {
    private final List<Sentence> sentences;
    private int[] hashes = new int[16];
    /** Sentence index + 1 per slot; 0 for a free slot. */
    private int[] members = new int[16];
    private int size;
    private long probes;

    ChosenTexts(List<Sentence> sentences) {
        this.sentences = sentences;
    }

    /** @return whether the sentence's text was not there yet; it is now */
    boolean add(int index) {
        String text = sentences.get(index).text();
        int hash = hashWithoutWhitespace(text);
        int mask = members.length - 1;
        int slot = hash * 0x9E3779B9 >>> 16 & mask;
        probes++;
        while (members[slot] != 0) {
            if (hashes[slot] == hash && equalWithoutWhitespace(text, sentences.get(members[slot] - 1).text())) {
                return false;
            }
            slot = (slot + 1) & mask;
            probes++;
        }
        hashes[slot] = hash;
        members[slot] = index + 1;
        if (2 * ++size > members.length) {
            grow();
        }
        return true;
    }

    /** @return the slots looked at by every {@link #add(int)} so far */
    long probes() {
        return probes;
    }

    private void grow() {
        int[] oldHashes = hashes;
        int[] oldMembers = members;
        hashes = new int[2 * oldMembers.length];
        members = new int[2 * oldMembers.length];
        int mask = members.length - 1;
        for (int old = 0; old < oldMembers.length; old++) {
            if (oldMembers[old] != 0) {
                int slot = oldHashes[old] * 0x9E3779B9 >>> 16 & mask;
                while (members[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[old];
                members[slot] = oldMembers[old];
            }
        }
    }

    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code String.hashCode} of the text with whitespace characters left out. */
    private static int hashWithoutWhitespace(String text) {
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isWhitespace(c)) {
                hash = 31 * hash + c;
            }
        }
        return hash;
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
