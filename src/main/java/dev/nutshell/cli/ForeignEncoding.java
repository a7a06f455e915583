package dev.nutshell.cli;

import java.util.Optional;

/**
 * Recognises text in UTF-16 or UTF-32 at the start of an input that should be UTF-8. Such text
 * is mostly ASCII letters with NUL bytes between them, and UTF-8 decodes that without an error:
 * the summary would be garbage with NULs in it. It is recognised by its byte-order mark, or
 * without one by the NUL pattern of ASCII characters in it: at least half of the first 1,024
 * bytes' code units (2 or 4 bytes, on their natural boundaries) are an ASCII-range character
 * padded with NULs on the same side. A UTF-8 text with a few NUL characters is far from that;
 * one made mostly of NULs and letters in alternation is taken for UTF-16.
 *
 * <p>Thread-safe: stateless.
 */
final class ForeignEncoding {
    /** How much of the input is looked at. */
    static final int SAMPLE_BYTES = 1024;

    private ForeignEncoding() {
    }

    /**
     * @param bytes the start of the input
     * @param length how many of them to look at, the first {@link #SAMPLE_BYTES} at most
     * @return for text in UTF-16 or UTF-32, what it is and how to convert it, such as {@code
     *     UTF-16LE, not UTF-8 (convert it with iconv -f UTF-16LE -t UTF-8)}; empty otherwise
     */
    static Optional<String> describe(byte[] bytes, int length) {
        int sample = Math.min(length, SAMPLE_BYTES);
        String marked = byteOrderMark(bytes, sample);
        if (marked != null) {
            String family = marked.substring(0, marked.length() - 2); // UTF-16 or UTF-32: iconv reads the mark
            return Optional.of(marked + " with a byte-order mark, not UTF-8 (convert it with iconv -f " + family
                    + " -t UTF-8)");
        }
        String unmarked = nulPattern(bytes, sample);
        return Optional.ofNullable(unmarked)
                .map(name -> name + ", not UTF-8 (convert it with iconv -f " + name + " -t UTF-8)");
    }

    private static String byteOrderMark(byte[] bytes, int length) {
        if (startsWith(bytes, length, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32LE"; // before UTF-16LE, whose mark it starts with
        } else if (startsWith(bytes, length, 0x00, 0x00, 0xFE, 0xFF)) {
            return "UTF-32BE";
        } else if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return "UTF-16LE";
        } else if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return "UTF-16BE";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The encoding whose padded ASCII units make up at least half of the sample's units, if any. */
    private static String nulPattern(byte[] bytes, int length) {
        if (isMostly(bytes, length, 4, 0)) {
            return "UTF-32LE";
        } else if (isMostly(bytes, length, 4, 3)) {
            return "UTF-32BE";
        } else if (isMostly(bytes, length, 2, 0)) {
            return "UTF-16LE";
        } else if (isMostly(bytes, length, 2, 1)) {
            return "UTF-16BE";
        }
        return null;
    }

    /**
     * Whether at least half of the units of {@code width} bytes (and at least one) have a non-NUL
     * byte at {@code position} and NULs everywhere else: an ASCII-range character in that encoding.
     */
    private static boolean isMostly(byte[] bytes, int length, int width, int position) {
        int units = length / width;
        int padded = 0;
        for (int unit = 0; unit < units; unit++) {
            if (isPaddedCharacter(bytes, unit * width, width, position)) {
                padded++;
            }
        }
        return units > 0 && padded * 2 >= units;
    }

    private static boolean isPaddedCharacter(byte[] bytes, int start, int width, int position) {
        for (int i = 0; i < width; i++) {
            boolean nul = bytes[start + i] == 0;
            if (nul == (i == position)) {
                return false;
            }
        }
        return true;
    }
}
