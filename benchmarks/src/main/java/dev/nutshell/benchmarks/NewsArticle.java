package dev.nutshell.benchmarks;

import dev.nutshell.article.Article;
import dev.nutshell.text.TextAnalyzer;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One synthetic news document of {@code size} sentences ({@link SyntheticNews}), as sentences, as
 * raw text and pre-analysed, built once per trial. The sweep runs from a short item (10) through a
 * typical article (35, the CNN/DM mean) to long documents (300, 3,000, 30,000: stories joined).
 */
@State(Scope.Benchmark)
public class NewsArticle {
    /** The number of sentences. */
    @Param({"10", "35", "300", "3000", "30000"})
    public int size;

    /** The sentences, one candidate each. */
    public List<String> sentences;
    /** The sentences as raw text in paragraphs. */
    public String text;
    /** The sentences analysed as pre-split input: tokenized, stop words dropped, stemmed. */
    public Article article;

    /** Generates and analyses the document. */
    @Setup(Level.Trial)
    public void setUp() {
        sentences = SyntheticNews.sentences(size, 20_240_601L + size);
        text = SyntheticNews.text(sentences, 7L * size);
        article = TextAnalyzer.english().analyze(sentences);
        if (article.sentences().size() != size) {
            throw new IllegalStateException("expected " + size + " sentences, got " + article.sentences().size());
        }
    }
}
