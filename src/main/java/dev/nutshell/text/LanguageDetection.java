package dev.nutshell.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Which of Nutshell's languages a text is written in, by OpenNLP's language detector (the model
 * {@code langdetect-183.bin} of {@code org.apache.opennlp:opennlp-models-langdetect:1.3.0}, 103
 * languages, character n-grams), loaded from the classpath on first use.
 *
 * <p>Thread-safe: the model is immutable, and every call makes its own {@link LanguageDetectorME}
 * (a few objects; OpenNLP's own thread-safe variant keeps one per thread in a {@code ThreadLocal},
 * which would pin this class loader in application servers). A call reads at most {@link
 * #MAX_SAMPLE_CHARS} characters, so its cost is bounded whatever the text's length.
 */
final class LanguageDetection {
    static final String MODEL = "langdetect-183.bin";
    static final String ARTIFACT = "org.apache.opennlp:opennlp-models-langdetect:1.3.0";
    /**
     * The characters the detector reads: its cost grows with them, and 600 already told the
     * language of every 2,000-character sample of the UD dev sets (11 sets, 10 languages, 485
     * samples); 300 missed 2.
     */
    static final int MAX_SAMPLE_CHARS = 600;
    /** Texts with fewer letters than this get no verdict: a few words fit too many languages. */
    static final int MIN_LETTERS = 20;

    private static volatile LanguageDetectorModel model;
    /** ISO 639-3 codes the model answers with, mapped to the ISO 639-1 codes of Nutshell's languages. */
    private static volatile Map<String, String> nutshellCodes;

    private LanguageDetection() {
    }

    /**
     * The language of {@code text} among those Nutshell analyses.
     *
     * @param text any text
     * @return its ISO 639-1 code, or empty when the text has too few letters or is in a language
     *     Nutshell does not analyse
     * @throws IllegalStateException if the detector's model is missing from the classpath
     */
    static Optional<String> detect(CharSequence text) {
        int end = Math.min(text.length(), MAX_SAMPLE_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String sample = text.subSequence(0, end).toString();
        if (letters(sample) < MIN_LETTERS) {
            return Optional.empty();
        }
        Language best = new LanguageDetectorME(model()).predictLanguage(sample);
        return Optional.ofNullable(codes().get(best.getLang()));
    }

    private static int letters(String sample) {
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
            letters += Character.isLetter(sample.charAt(i)) ? 1 : 0;
        }
        return letters;
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = nutshellCodes;
        if (codes == null) {
            Map<String, String> map = new HashMap<>();
            for (String code : LanguageProfile.codes()) {
                map.put(Locale.forLanguageTag(code).getISO3Language(), code);
            }
            // The model names Chinese by its written standard, Mandarin.
            if (map.containsKey("zho")) {
                map.put("cmn", map.get("zho"));
            }
            codes = Map.copyOf(map);
            nutshellCodes = codes;
        }
        return codes;
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel loaded = model;
        if (loaded == null) {
            synchronized (LanguageDetection.class) {
                loaded = model;
                if (loaded == null) {
                    loaded = load();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private static LanguageDetectorModel load() {
        // The model is in another jar: ask the class loader, since on the module path
        // Class.getResourceAsStream would search only this module.
        try (InputStream in = LanguageDetection.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language detection model " + MODEL
                        + " missing from the classpath: add the dependency " + ARTIFACT);
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP language detection model " + MODEL, e);
        }
    }
}
