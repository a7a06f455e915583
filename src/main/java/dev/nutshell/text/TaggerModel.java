package dev.nutshell.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;

/**
 * OpenNLP's English part-of-speech model (Universal Dependencies English Web Treebank) and the
 * common words it knows by name.
 *
 * <p>The model's maximum-entropy features include the word itself ({@code w=...}) only for words
 * frequent enough in its training text; those about 4,000 words are the common words of web
 * English, a background vocabulary that ships with the model. Keyphrase ranking favours the words
 * outside it, as TF-IDF favours words rare in a background corpus.
 *
 * <p>Immutable and thread-safe once loaded; loaded once per JVM, on the first call that tags.
 */
final class TaggerModel {
    static final String RESOURCE = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String WORD_FEATURE = "w=";

    private static volatile TaggerModel english;

    final POSModel model;
    /** The model's weights arranged for {@link GreedyTagger}. */
    final TaggerTables tables;
    private final Set<String> commonWords;

    private TaggerModel(POSModel model, TaggerTables tables, Set<String> commonWords) {
        this.model = model;
        this.tables = tables;
        this.commonWords = commonWords;
    }

    static TaggerModel english() {
        TaggerModel loaded = english;
        if (loaded == null) {
            synchronized (TaggerModel.class) {
                loaded = english;
                if (loaded == null) {
                    POSModel model = load();
                    loaded = new TaggerModel(model, tables(model), commonWords(model));
                    english = loaded;
                }
            }
        }
        return loaded;
    }

    /** @return whether the lower-cased word is one the model knows by name */
    boolean isCommon(String lowerCaseWord) {
        return commonWords.contains(lowerCaseWord);
    }

    /** The words of the model's {@code w=} features; none if the model is not of that kind. */
    @SuppressWarnings("unchecked") // AbstractModel's data structures: [parameters, predicate index, outcomes]
    private static Set<String> commonWords(POSModel model) {
        Set<String> words = new HashSet<>();
        if (model.getArtifact("pos.model") instanceof AbstractModel maxent
                && maxent.getDataStructures()[1] instanceof Map<?, ?> predicates) {
            for (Object predicate : predicates.keySet()) {
                String name = (String) predicate;
                if (name.startsWith(WORD_FEATURE)) {
                    words.add(name.substring(WORD_FEATURE.length()));
                }
            }
        }
        return Set.copyOf(words);
    }

    /** AbstractModel's data structures: [parameters, predicate index, outcome names]. */
    @SuppressWarnings("unchecked") // the predicate index maps feature names to their weights
    private static TaggerTables tables(POSModel model) {
        if (!(model.getArtifact("pos.model") instanceof AbstractModel maxent)) {
            throw new IllegalStateException("OpenNLP part-of-speech model " + RESOURCE + " is not a maximum-entropy model");
        }
        Object[] structures = maxent.getDataStructures();
        return new TaggerTables((Map<String, Context>) structures[1], (String[]) structures[2]);
    }

    private static POSModel load() {
        // The model is in another jar: ask the class loader, since on the module path
        // Class.getResourceAsStream would search only this module.
        try (InputStream in = TaggerModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP part-of-speech model " + RESOURCE
                        + " missing from the classpath (artifact org.apache.opennlp:opennlp-models-pos-en)");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP part-of-speech model " + RESOURCE, e);
        }
    }
}
