package dev.nutshell.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The WordNet exception table that ROUGE-1.5.5's {@code MorphStem} consults before the Porter
 * stemmer whenever {@code -m} is given: an irregular inflected form maps to its base form
 * ("said" to "say", "taken" to "take", "been" to "be", "children" to "child", "data" to "datum"),
 * which is then used as is, unstemmed.
 *
 * <p>ROUGE builds {@code WordNet-2.0.exc.db} with {@code buildExeptionDB.pl}: for every line of the
 * WordNet {@code *.exc} files, the first word maps to the second (the first base form listed). The
 * table here is that mapping, in the resource {@code dev/nutshell/models/en/rouge-wordnet-exceptions.txt}
 * (provenance in {@code models/README.md}), restricted to the keys a ROUGE token can ever be: runs of
 * {@code [a-z0-9]} longer than three characters.
 *
 * <p>Loaded once, on first use; read-only afterwards and safe to share between threads.
 */
final class WordNetExceptions {
    static final String RESOURCE = "/dev/nutshell/models/en/rouge-wordnet-exceptions.txt";

    private WordNetExceptions() {
    }

    /**
     * @param token a lower-case token, not null
     * @return its base form if the table lists it, else null
     */
    static String baseForm(String token) {
        return Table.MAP.get(token);
    }

    /** Lazy holder: the table is read when first needed, once, under the class-initialisation lock. */
    private static final class Table {
        static final Map<String, String> MAP = load();

        private static Map<String, String> load() {
            Map<String, String> map = new HashMap<>(8192);
            try (InputStream in = WordNetExceptions.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length != 2) {
                        throw new IllegalStateException(RESOURCE + " line " + number + ": expected two words");
                    }
                    map.put(fields[0], fields[1]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            return Map.copyOf(map);
        }
    }
}
