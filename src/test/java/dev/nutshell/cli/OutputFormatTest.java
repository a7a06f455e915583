package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The output formats: each is one class in {@link OutputFormat#ALL}, printing any listing. */
class OutputFormatTest {
    private static final Listing LISTING = new Listing("sentences", List.of(
            new Listing.Item().with("index", 0).with("start", 0).with("end", 18).with("score", 0.5)
                    .with(Listing.Item.TEXT, "First line\r\nwraps."),
            new Listing.Item().with("index", 1).with("start", 19).with("end", 31).with("kind", "line")
                    .with(Listing.Item.TEXT, "Say \"hi\" \u2028 now")));

    @Test
    void textPrintsOneLinePerItemWithItsOwnLineBreaksAsSpaces() {
        assertEquals("First line wraps.\nSay \"hi\"   now\n", write(new TextFormat()));
    }

    @Test
    void jsonPrintsEveryFieldOfEveryItemInOrderOnOneLine() throws Exception {
        String json = write(new JsonFormat());

        assertEquals(1, json.split("\n").length);
        Map<?, ?> parsed = new ObjectMapper().readValue(json, Map.class);
        List<?> items = (List<?>) parsed.get("sentences");
        assertEquals(List.of("index", "start", "end", "score", "text"), List.copyOf(((Map<?, ?>) items.get(0)).keySet()));
        assertEquals(Map.of("index", 1, "start", 19, "end", 31, "kind", "line", "text", "Say \"hi\" \u2028 now"), items.get(1));
    }

    @Test
    void everyFormatHasItsOwnLowerCaseNameAndPrintsAnyListing() {
        Set<String> names = OutputFormat.ALL.stream().map(OutputFormat::name).collect(Collectors.toSet());

        assertEquals(OutputFormat.ALL.size(), names.size());
        for (OutputFormat format : OutputFormat.ALL) {
            assertEquals(format.name().toLowerCase(java.util.Locale.ROOT), format.name());
            assertEquals(format, new OutputFormat.Converter().convert(format.name().toUpperCase(java.util.Locale.ROOT)));
            write(format);
            write(format, new Listing("sentences", List.of()));
        }
    }

    @Test
    void anUnknownFormatIsRefusedWithTheNamesUsersType() {
        CommandLine.TypeConversionException error = assertThrows(CommandLine.TypeConversionException.class,
                () -> new OutputFormat.Converter().convert("xml"));

        assertEquals("unknown format 'xml', expected one of text, json", error.getMessage());
    }

    private static String write(OutputFormat format) {
        return write(format, LISTING);
    }

    private static String write(OutputFormat format, Listing listing) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            format.write(listing, writer);
        }
        return out.toString();
    }
}
