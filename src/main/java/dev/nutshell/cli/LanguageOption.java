package dev.nutshell.cli;

import dev.nutshell.text.TextAnalyzer;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --language CODE|auto} option of every command that reads text, as a picocli mixin.
 *
 * <p>Not thread-safe: picocli sets it once, before the command runs.
 */
final class LanguageOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "en", description = Languages.DESCRIPTION)
    private String code = "en";

    /**
     * @return the analyzer of the chosen language, or the detecting one for {@code auto}
     * @throws UsageException if the language is not supported, listing those that are
     */
    TextAnalyzer analyzer() {
        return Languages.analyzer(code);
    }

    /**
     * Says on standard error when the user left the language at its default, English, and the
     * text looks like another language Nutshell analyses: splitting German as English cuts
     * "am 3." from "Oktober", and nothing else would tell.
     *
     * @param streams where the note goes
     * @param text the text about to be analysed
     */
    void noteIfOtherLanguage(StandardStreams streams, String text) {
        if (command == null || command.commandLine().getParseResult().hasMatchedOption("--language")) {
            return;
        }
        TextAnalyzer.detectLanguage(text).filter(detected -> !detected.equals(code())).ifPresent(detected ->
                NutshellCommand.note(streams, "note: the text looks like " + Locale.forLanguageTag(detected)
                        .getDisplayLanguage(Locale.ENGLISH) + " but is analysed as English: pass --language "
                        + detected + " or --language auto"));
    }

    /** @return the code as given, lower case */
    String code() {
        return code.toLowerCase(Locale.ROOT);
    }
}
