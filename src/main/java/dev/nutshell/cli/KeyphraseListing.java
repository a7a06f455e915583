package dev.nutshell.cli;

import dev.nutshell.keyphrases.Keyphrase;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyphrases as the JSON contract of {@code keywords} and {@code summarize --keyphrases} names
 * them: {@code {"keyphrases":[{"text","score","occurrences":[{"start","end"}]}]}}.
 */
final class KeyphraseListing {
    /** The JSON member that holds the keyphrases. */
    static final String NAME = "keyphrases";

    private KeyphraseListing() {
    }

    static Listing of(List<Keyphrase> keyphrases) {
        List<Listing.Item> items = new ArrayList<>(keyphrases.size());
        for (Keyphrase keyphrase : keyphrases) {
            List<Listing.Item> occurrences = new ArrayList<>(keyphrase.occurrences().size());
            for (Keyphrase.Occurrence occurrence : keyphrase.occurrences()) {
                occurrences.add(new Listing.Item().with("start", occurrence.start()).with("end", occurrence.end()));
            }
            items.add(new Listing.Item()
                    .with(Listing.Item.TEXT, keyphrase.text())
                    .with("score", keyphrase.score())
                    .with("occurrences", occurrences));
        }
        return new Listing(NAME, items);
    }
}
