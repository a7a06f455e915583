package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputReaderTest {

    @Test
    void linesToleratesCrLfAndIgnoresTheFinalLineBreak() {
        assertEquals(List.of("a", "b", "", "c"), InputReader.lines("a\r\nb\n\nc\n"));
        assertEquals(List.of("a", "b"), InputReader.lines("a\rb\r\n"));
        assertEquals(List.of("a", ""), InputReader.lines("a\n\n"));
        assertEquals(List.of(), InputReader.lines(""));
        assertEquals(List.of(""), InputReader.lines("\n"));
    }

    @Test
    void linesKeepUnicodeSeparatorsInsideALine() {
        assertEquals(List.of("a\u2028b\u0085c"), InputReader.lines("a\u2028b\u0085c"));
    }

    @Test
    void readsStandardInputForDashAndForNoFile() {
        byte[] bytes = "héllo 😀".getBytes(StandardCharsets.UTF_8);

        assertEquals("héllo 😀", new InputReader(new ByteArrayInputStream(bytes)).read("-", 100));
        assertEquals("héllo 😀", new InputReader(new ByteArrayInputStream(bytes)).read(null, 100));
    }

    @Test
    void decodingRejectsWhatUtf8Forbids() {
        assertOffset(0, (byte) 0x80);                                   // a stray continuation byte
        assertOffset(1, (byte) 'a', (byte) 0xC0, (byte) 0x80);          // an overlong NUL
        assertOffset(0, (byte) 0xED, (byte) 0xA0, (byte) 0x80);         // an encoded surrogate
        assertOffset(2, (byte) 'a', (byte) 'b', (byte) 0xE2, (byte) 0x82); // cut short at the end
        assertOffset(0, (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80); // beyond U+10FFFF
    }

    @Test
    void decodingDropsOnlyALeadingByteOrderMark() {
        byte[] bytes = "\uFEFFa\uFEFFb".getBytes(StandardCharsets.UTF_8);

        assertEquals("a\uFEFFb", InputReader.decode(bytes));
    }

    /** Two-, three- and four-byte sequences straddle every 64 KB chunk boundary somewhere in 600 KB. */
    @Test
    void decodingAcrossChunkBoundariesKeepsEveryCharacter() {
        String text = "aé€😀 ".repeat(60_000);

        assertEquals(text, InputReader.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBadByteFarIntoTheInputIsReportedAtItsAbsoluteOffset() {
        byte[] good = "aé€😀 ".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 3);
        bytes[good.length] = 'x';
        bytes[good.length + 1] = (byte) 0xFF;
        bytes[good.length + 2] = 'y';

        assertOffset(good.length + 1, bytes);
    }

    @Test
    void aSequenceCutShortByTheEndOfALongInputIsReportedWhereItStarts() {
        byte[] good = "x".repeat(65_535).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xE2;
        bytes[good.length + 1] = (byte) 0x82;

        assertOffset(65_535, bytes);
    }

    private static void assertOffset(int offset, byte... bytes) {
        UsageException error = assertThrows(UsageException.class, () -> InputReader.decode(bytes));
        assertEquals("input is not valid UTF-8 (byte offset " + offset + ")", error.getMessage());
    }
}
