package dev.nutshell.cli;

import dev.nutshell.Focus;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import dev.nutshell.article.Article;
import dev.nutshell.extraction.Page;
import dev.nutshell.extraction.PageExtractor;
import dev.nutshell.keyphrases.Keyphrase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * What a {@code batch} worker does with one record: read it, summarize it, and write its output
 * line, {@code {"id":..,"title":..,"language":..,"sentences":[..]}} (the title is the article's
 * headline, {@code summarize}'s {@code "headline"}, null when it has none), with {@code
 * "keyphrases":[..]} after the sentences when asked for, or its error line, {@code
 * {"id":..,"line":..,"error":".."}}. The sentences and keyphrases are those {@code summarize
 * --format json} prints for the same text and options, written by the same code.
 *
 * <p>Every failure of one record becomes its error line: a record that cannot be read or parsed,
 * an article over the limit, and also an internal error or an {@link OutOfMemoryError} in
 * summarizing it (the summarizer leaves nothing behind that a later call could see), so that one
 * record cannot end a run over millions. An interrupt is not a record's failure: it ends the run.
 *
 * <p>Immutable and thread-safe: every worker calls the one instance.
 */
final class RecordSummarizer {
    private final Summarizer summarizer;
    private final Length length;
    private final Focus focus;
    private final int keyphrases;
    private final String language;
    private final PageExtractor pages;

    /**
     * @param summarizer the summarizer, with the algorithm and the article limit chosen
     * @param length the budget of every summary
     * @param focus what every summary is about ({@code --query}), or {@link Focus#none()}
     * @param keyphrases how many keyphrases each line lists ({@code --keyphrases}), or 0 for no
     *     {@code "keyphrases"} member
     * @param language the language option as given, which a line names when the summary does not
     *     say which language its article was analysed as
     * @param html whether each record's text is a page's HTML ({@code --html})
     */
    RecordSummarizer(Summarizer summarizer, Length length, Focus focus, int keyphrases, String language, boolean html) {
        this.summarizer = summarizer;
        this.length = length;
        this.focus = focus;
        this.keyphrases = keyphrases;
        this.language = language;
        // As summarize --html bounds a page: --max-chars counts the page, here its characters.
        this.pages = html ? PageExtractor.builder().maxInputChars(summarizer.maxInputChars()).build() : null;
    }

    /**
     * @param record a record as read
     * @return its output line, ending with a line feed
     */
    BatchOutcome process(BatchRecord record) {
        Object id = null;
        try {
            BatchDocument document = record.read();
            id = document.id();
            return new BatchOutcome(summaryLine(id, analyse(document)), false);
        } catch (RecordFailure e) {
            return failure(e.id(), record, e.getMessage());
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return failure(id, record, "internal error: " + e);
        } catch (OutOfMemoryError e) {
            return failure(id, record, "out of memory (this JVM may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB of heap): run java with a larger -Xmx, or lower --max-chars or --threads");
        }
    }

    /** The record's article, analysed once for its summary and its keyphrases, with the page's title if any. */
    private Analysed analyse(BatchDocument document) {
        try {
            if (document.page() != null) {
                return analyse(document.page());
            }
            if (pages != null) {
                return analyse(pages.extract(document.text()));
            }
        } catch (IllegalArgumentException e) {
            // A page, or its main text, over the limit: the library says which and by how much.
            throw new RecordFailure(document.id(), e.getMessage());
        }
        String text = document.text();
        if (text.length() > summarizer.maxInputChars()) {
            throw new RecordFailure(document.id(), "the article is longer than "
                    + InputReader.count(summarizer.maxInputChars(), "character") + " (raise the limit with --max-chars)");
        }
        return analyse(summarizer.analyzer().analyze(text), Optional.empty());
    }

    /** As {@link Summarizer#summarize(Page, Length)}: the page's main text, its title as the headline. */
    private Analysed analyse(Page page) {
        if (page.text().length() > summarizer.maxInputChars()) {
            throw new IllegalArgumentException("the page's main text is " + page.text().length()
                    + " characters, more than the limit of " + summarizer.maxInputChars() + " (raise it with --max-chars)");
        }
        return analyse(summarizer.analyzer().analyze(page.text()), page.title());
    }

    private Analysed analyse(Article article, Optional<String> title) {
        Summary summary = summarizer.summarize(article, length, focus);
        if (title.isPresent()) {
            summary = new Summary(summary.source(), summary.sentences(), summary.articleSentences(), title, summary.language());
        }
        List<Keyphrase> phrases = keyphrases > 0 ? summarizer.keyphrases(article, keyphrases) : List.of();
        return new Analysed(summary, phrases);
    }

    private String summaryLine(Object id, Analysed analysed) {
        JsonWriter json = new JsonWriter().beginObject();
        id(json, id);
        Optional<String> title = analysed.summary().headline();
        if (title.isPresent()) {
            json.member("title", title.get());
        } else {
            json.nullMember("title");
        }
        json.member("language", analysed.summary().language().orElse(language));
        JsonFormat.writeArray(json, SummarizeCommand.listing(analysed.summary()));
        if (keyphrases > 0) {
            JsonFormat.writeArray(json, KeyphraseListing.of(analysed.keyphrases()));
        }
        return json.endObject() + "\n";
    }

    private static BatchOutcome failure(Object id, BatchRecord record, String message) {
        JsonWriter json = new JsonWriter().beginObject();
        id(json, id);
        json.member("line", record.number()).member("error", message);
        return new BatchOutcome(json.endObject() + "\n", true);
    }

    private static void id(JsonWriter json, Object id) {
        if (id instanceof Long number) {
            json.member("id", number);
        } else if (id instanceof String text) {
            json.member("id", text);
        } else {
            json.nullMember("id");
        }
    }

    /** A record's summary and keyphrases (none unless asked for). */
    private record Analysed(Summary summary, List<Keyphrase> keyphrases) {
    }
}
