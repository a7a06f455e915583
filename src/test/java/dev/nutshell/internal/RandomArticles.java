package dev.nutshell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random articles as term lists, from a fixed seed: 1 to 60 sentences over a vocabulary of 2 to 20
 * terms, so that sentences overlap a lot; about one sentence in ten is empty and one in seven has a
 * single term (which may repeat), and terms repeat within sentences.
 */
public final class RandomArticles {

    private RandomArticles() {
    }

    /**
     * @param count how many articles
     * @param seed the random seed
     * @return the articles, each a list of sentences, each a list of terms
     */
    public static List<List<List<String>>> generate(int count, long seed) {
        Random random = new Random(seed);
        List<List<List<String>>> articles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            int sentences = 1 + random.nextInt(60);
            int vocabulary = 2 + random.nextInt(19);
            List<List<String>> article = new ArrayList<>();
            for (int s = 0; s < sentences; s++) {
                List<String> terms = new ArrayList<>();
                double kind = random.nextDouble();
                if (kind < 0.10) {
                    // empty sentence
                } else if (kind < 0.25) {
                    String term = "t" + random.nextInt(vocabulary);
                    int repeats = random.nextInt(4) == 0 ? 2 : 1;
                    for (int r = 0; r < repeats; r++) {
                        terms.add(term);
                    }
                } else {
                    int length = 2 + random.nextInt(12);
                    for (int t = 0; t < length; t++) {
                        terms.add("t" + random.nextInt(vocabulary));
                    }
                }
                article.add(terms);
            }
            articles.add(article);
        }
        return articles;
    }
}
