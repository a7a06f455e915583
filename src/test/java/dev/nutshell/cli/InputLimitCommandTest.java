package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-chars}: oversized input is refused with exit 2, without being read whole. */
class InputLimitCommandTest {
    private static final String SENTENCE = "The harbour reopened to small boats on Friday.";

    @TempDir
    Path directory;

    /** Standard input that never ends: as a 5 GB file would be, as far as memory goes. */
    private static final class EndlessInput extends InputStream {
        private long bytesRead;

        @Override
        public int read() {
            bytesRead++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            bytesRead += length;
            return length;
        }
    }

    @Test
    void endlessInputIsRefusedAfterReadingJustPastTheLimit() {
        EndlessInput input = new EndlessInput();

        Invocation result = Invocation.run(input, false, "summarize", "--max-chars", "1000000");

        assertEquals("input is longer than 1000000 characters (raise the limit with --max-chars)", result.assertUsageError());
        assertTrue(input.bytesRead <= 1_000_000 + 2 * 64 * 1024, "read " + input.bytesRead + " bytes");
    }

    @Test
    void theDefaultLimitIsTheLibrarysTenMillionCharacters() {
        EndlessInput input = new EndlessInput();

        Invocation result = Invocation.run(input, false, "split");

        assertEquals("input is longer than 10000000 characters (raise the limit with --max-chars)", result.assertUsageError());
        assertTrue(input.bytesRead <= 10_000_000 + 2 * 64 * 1024, "read " + input.bytesRead + " bytes");
    }

    @Test
    void anOversizedFileIsRefused() throws IOException {
        Path file = Files.writeString(directory.resolve("big.txt"), SENTENCE.repeat(3));

        assertEquals("input is longer than 100 characters (raise the limit with --max-chars)",
                Invocation.run("", "summarize", "--max-chars", "100", file.toString()).assertUsageError());
        assertEquals("input is longer than 100 characters (raise the limit with --max-chars)",
                Invocation.run("", "split", "--max-chars", "100", file.toString()).assertUsageError());
    }

    @Test
    void inputOfExactlyTheLimitIsSummarized() {
        assertEquals(SENTENCE + "\n", Invocation.run(SENTENCE, "summarize", "--max-chars", "46").assertSuccess().out());
        assertEquals("input is longer than 45 characters (raise the limit with --max-chars)",
                Invocation.run(SENTENCE, "summarize", "--max-chars", "45").assertUsageError());
    }

    /** Ten 'é' are twenty bytes of UTF-8 but ten characters, the unit the library counts. */
    @Test
    void theLimitCountsCharactersNotBytes() {
        String text = "Éé éé éé éé éé.";

        Invocation.run(text, "split", "--max-chars", String.valueOf(text.length())).assertSuccess();
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length > text.length());
    }

    @Test
    void aLeadingByteOrderMarkDoesNotCount() {
        Invocation.run("\uFEFF" + SENTENCE, "summarize", "--max-chars", "46").assertSuccess();
    }

    /**
     * Blank input one character over the library's default limit: accepted when the user raised
     * the limit, which shows that the command line hands its limit to the library as well.
     */
    @Test
    void aRaisedLimitIsTheLibrarysLimitToo() {
        String blank = " ".repeat(10_000_001);

        assertEquals("", Invocation.run(blank, "summarize", "--max-chars", "10000001").assertSuccess().out());
        assertEquals("", Invocation.run(blank, "summarize", "--presplit", "--max-chars", "10000001").assertSuccess().out());
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        assertEquals("--max-chars must be >= 1, was 0",
                Invocation.run(new ThrowingInputStream(), false, "summarize", "--max-chars", "0").assertUsageError());
        assertEquals("--max-chars must be >= 1, was -1",
                Invocation.run(new ThrowingInputStream(), false, "split", "--max-chars", "-1").assertUsageError());
    }

    /** A UTF-16 Java String holds at most 2^30 - 1 characters; a larger limit could never be reached. */
    @Test
    void aLimitBeyondTheLongestStringIsAUsageErrorNamingTheOption() {
        String expected = "--max-chars must be <= 1073741823 (the most characters a Java String can hold), was 2147483647";

        assertEquals(expected, Invocation.run(new ThrowingInputStream(), false, "summarize", "--max-chars", "2147483647")
                .assertUsageError());
        assertEquals(expected, Invocation.run("", "eval", "--data", directory.resolve("absent.jsonl").toString(),
                "--reference-field", "ref", "--max-chars", "2147483647").assertUsageError());
        Invocation.run(SENTENCE, "summarize", "--max-chars", "1073741823").assertSuccess();
    }

    @Test
    void aNonNumericLimitIsAUsageError() {
        String message = Invocation.run(SENTENCE, "summarize", "--max-chars", "10MB").assertUsageError();

        assertTrue(message.contains("--max-chars") && message.contains("10MB"), message);
    }

    @Test
    void helpDescribesTheLimit() {
        String help = Invocation.run("", "summarize", "--help").assertSuccess().out();

        assertTrue(help.contains("--max-chars=N") && help.contains("Default: 10000000"), help);
    }
}
