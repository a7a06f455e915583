package dev.nutshell.cli;

import dev.nutshell.KeySentence;
import dev.nutshell.Summarizer;
import dev.nutshell.article.Article;
import dev.nutshell.evaluation.Rouge;
import dev.nutshell.evaluation.RougeScores;
import dev.nutshell.text.TextAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * One data set of a {@code tune} run: its documents, each analysed once, dealt into folds, and
 * every summary scored so far. A summary already scored for a document (the same sentences chosen
 * by another setting) is not scored again, which is most of the time a search spends otherwise.
 *
 * <p>Not thread-safe: it grows its memo of scores.
 */
final class TuningSet {
    private final String name;
    private final List<EvaluationDocument> documents;
    private final List<Article> articles;
    private final List<Map<List<Integer>, RougeScores>> scored;
    private final int[] folds;

    private TuningSet(String name, List<EvaluationDocument> documents, List<Article> articles, int[] folds) {
        this.name = name;
        this.documents = documents;
        this.articles = articles;
        this.folds = folds;
        this.scored = new ArrayList<>(documents.size());
        documents.forEach(document -> scored.add(new HashMap<>()));
    }

    /**
     * Reads and analyses a data set and deals its documents into folds: a permutation drawn from
     * the seed, then document {@code permutation[i]} goes to fold {@code i mod folds}, so fold sizes
     * differ by at most one.
     *
     * @param options the data set
     * @param limit the bounds on articles and lines
     * @param folds the number of folds, {@code >= 2}
     * @param seed the seed of the permutation
     * @param analyzer the text analysis of the data's language
     * @param progress where to report each document analysed
     * @return the set
     * @throws UsageException for unreadable or malformed data, or fewer documents than folds
     */
    static TuningSet load(DataSetOptions options, DataLimit limit, TextAnalyzer analyzer, int folds, long seed,
            ProgressBar progress) {
        List<EvaluationDocument> documents = options.documents(limit);
        if (documents.size() < folds) {
            throw new UsageException(options.data + " has " + InputReader.count(documents.size(), "document")
                    + ", fewer than --folds " + folds);
        }
        progress.stage("analysing " + options.data, documents.size());
        List<Article> articles = new ArrayList<>(documents.size());
        for (EvaluationDocument document : documents) {
            articles.add(document.input().analyze(analyzer));
            progress.advance();
        }
        int[] permutation = MathArrays.natural(documents.size());
        MathArrays.shuffle(permutation, new Well19937c(seed));
        int[] fold = new int[documents.size()];
        for (int i = 0; i < permutation.length; i++) {
            fold[permutation[i]] = i % folds;
        }
        Path file = Path.of(options.data).getFileName();
        return new TuningSet(file == null ? options.data : file.toString(), documents, articles, fold);
    }

    /** @return the data file's name, without its directory */
    String name() {
        return name;
    }

    /** @return the number of documents */
    int size() {
        return documents.size();
    }

    /** @return the documents' ids, in file order */
    List<String> ids() {
        return documents.stream().map(EvaluationDocument::id).toList();
    }

    /**
     * @param document a document's index
     * @return its fold, from 0
     */
    int fold(int document) {
        return folds[document];
    }

    /**
     * @param summarizer a summarizer
     * @param document a document's index
     * @return the summary's sentences
     */
    List<String> summary(Summarizer summarizer, int document) {
        return chosen(summarizer, document).stream().map(KeySentence::text).toList();
    }

    /**
     * @param summarizer a summarizer
     * @param document a document's index
     * @return the ROUGE scores of its summary of the document
     */
    RougeScores score(Summarizer summarizer, int document) {
        List<KeySentence> chosen = chosen(summarizer, document);
        List<Integer> key = chosen.stream().map(KeySentence::index).toList();
        return scored.get(document).computeIfAbsent(key, unused -> Rouge.standard().score(
                chosen.stream().map(KeySentence::text).toList(), documents.get(document).reference()));
    }

    /**
     * @param summarizer a summarizer
     * @param included which documents count, by index
     * @return the mean ROUGE-1 F1 of its summaries of those documents, a fraction; 0 if none counts
     */
    double meanRouge1(Summarizer summarizer, IntPredicate included) {
        double sum = 0;
        int count = 0;
        for (int document = 0; document < documents.size(); document++) {
            if (included.test(document)) {
                sum += score(summarizer, document).rouge1().f1();
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private List<KeySentence> chosen(Summarizer summarizer, int document) {
        return summarizer.summarize(articles.get(document), documents.get(document).length()).sentences();
    }
}
