package dev.nutshell.cli;

import dev.nutshell.extraction.Page;
import dev.nutshell.text.TextAnalyzer;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nutshell extract}: prints the main text of an HTML page, without its furniture.
 *
 * <p>Option names and the JSON shape are a contract that scripts depend on; change them only
 * compatibly.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Prints the main text of an HTML page: its article's paragraphs, sub-headings and list items,"
                    + " separated by a blank line, without navigation, headers, footers, asides, related links,"
                    + " comments, share, cookie and newsletter boxes, captions, bylines and the headline.",
            "JSON: {\"title\",\"byline\",\"published\",\"language\",\"text\"}, each null when the page does not say it.",
            "A page without an article prints nothing (JSON: an empty text) and a note on standard error."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell extract page.html",
            "  nutshell extract --format json --url https://example.com/story.html"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Converter.class, completionCandidates = OutputFormat.Names.class,
            description = "${COMPLETION-CANDIDATES}: the main text, or"
                    + " {\"title\",\"byline\",\"published\",\"language\",\"text\"}. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--language", paramLabel = "CODE",
            description = "The language JSON reports: by default the page's own declaration (<html lang>, null if"
                    + " none); auto detects it from the main text (null when it is too short to tell or in a"
                    + " language Nutshell does not analyse); a code (en, de, fr, es, it, pt, nl, ru, pl, sv, zh, ja)"
                    + " states it.")
    private String language;

    @Mixin
    private PageInput page;

    @Mixin
    private InputLimit inputLimit;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The page, HTML in any charset its bytes declare (UTF-8 if none). Standard input if FILE"
                    + " is - or absent. --max-chars bounds its size in bytes.")
    private String file;

    private final StandardStreams streams;

    /** @param streams where to read the page and write its text */
    ExtractCommand(StandardStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        if (file == null && !page.fromUrl() && streams.interactiveInput()) {
            spec.commandLine().usage(streams.err());
            return NutshellCommand.EXIT_USAGE;
        }
        Optional<String> stated = language == null || language.equalsIgnoreCase("auto") ? Optional.empty()
                : Languages.analyzer(language).language(); // checked before the page is read
        Page read = page.read(file, streams.in(), inputLimit.maxChars());
        Page extracted = language == null ? read : new Page(read.title(), read.byline(), read.published(),
                stated.isPresent() ? stated : TextAnalyzer.detectLanguage(read.text()), read.text());
        format.write(extracted, streams.out());
        if (extracted.isEmpty()) {
            NutshellCommand.note(streams, PageInput.NO_ARTICLE);
        }
        return NutshellCommand.EXIT_OK;
    }
}
