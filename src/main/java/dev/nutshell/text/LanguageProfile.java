package dev.nutshell.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * What Nutshell knows about one language, read from its folder {@code models/<code>/} (packaged
 * under {@code dev/nutshell/models/<code>/}): {@code language.properties} (name, OpenNLP sentence
 * model and the artifact that holds it, Snowball stemmer, part-of-speech tagger, how terms are
 * made), and the optional {@code sentence-rules.txt} and {@code stopwords.txt}.
 *
 * @param code the ISO 639-1 code, lower case
 * @param name the language's English name
 * @param sentenceModel the OpenNLP sentence model's classpath resource, if the language has one
 * @param sentenceModelArtifact the Maven coordinates of the artifact that holds the model
 * @param stemmer the Snowball algorithm, if the language has one
 * @param tagged whether keyphrase candidates come from the English part-of-speech tagger
 * @param characterBigrams whether terms are character bigrams (scripts written without spaces)
 */
record LanguageProfile(String code, String name, Optional<String> sentenceModel, String sentenceModelArtifact,
        Optional<SnowballStemmer.ALGORITHM> stemmer, boolean tagged, boolean characterBigrams) {
    static final String MODELS = "/dev/nutshell/models/";
    private static final String INDEX = MODELS + "languages.txt";
    private static volatile List<String> codes;

    /** The codes of the languages listed in {@code models/languages.txt}, in its order. */
    static List<String> codes() {
        List<String> listed = codes;
        if (listed == null) {
            listed = List.copyOf(readLines(INDEX));
            codes = listed;
        }
        return listed;
    }

    /**
     * The profile of a listed language.
     *
     * @param code an ISO 639-1 code, any case
     * @throws IllegalArgumentException if the language is not listed, naming those that are
     * @throws IllegalStateException if its folder is missing or malformed
     */
    static LanguageProfile of(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        if (!codes().contains(lower)) {
            throw new IllegalArgumentException("unsupported language '" + code + "', supported: "
                    + String.join(", ", codes()));
        }
        Properties properties = new Properties();
        String resource = MODELS + lower + "/language.properties";
        try (InputStream in = LanguageProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("language profile " + resource + " missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language profile " + resource, e);
        }
        String stemmer = properties.getProperty("stemmer", "none").strip();
        String partOfSpeech = properties.getProperty("part-of-speech", "none").strip();
        if (!partOfSpeech.equals("none") && !partOfSpeech.equals(TaggerModel.RESOURCE)) {
            throw new IllegalStateException(resource + ": the only part-of-speech model Nutshell reads is "
                    + TaggerModel.RESOURCE);
        }
        String terms = properties.getProperty("terms", "words").strip();
        if (!terms.equals("words") && !terms.equals("character-bigrams")) {
            throw new IllegalStateException(resource + ": terms must be words or character-bigrams, not " + terms);
        }
        return new LanguageProfile(lower, properties.getProperty("name", lower).strip(),
                Optional.ofNullable(properties.getProperty("sentence-model")).map(String::strip),
                properties.getProperty("sentence-model-artifact", "").strip(),
                stemmer.equals("none") ? Optional.empty() : Optional.of(SnowballStemmer.ALGORITHM.valueOf(stemmer)),
                !partOfSpeech.equals("none"), terms.equals("character-bigrams"));
    }

    /** The classpath resource of one of this language's files, such as {@code "stopwords.txt"}. */
    String resource(String file) {
        return MODELS + code + "/" + file;
    }

    /** Whether this language's folder has the file. */
    boolean has(String file) {
        return LanguageProfile.class.getResource(resource(file)) != null;
    }

    /** This language's words from one of its word lists, or none if the folder lacks the file. */
    Set<String> words(String file) {
        return has(file) ? Set.copyOf(readLines(resource(file))) : Set.of();
    }

    /** The lines of a UTF-8 resource that are neither blank nor {@code #} comments, stripped. */
    static List<String> readLines(String resource) {
        try (InputStream in = LanguageProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    lines.add(content);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
