package dev.nutshell.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the article body of a scraped page: the one stretch of blocks that is densest in prose,
 * and the headline above it; and, in any text, the captions of pictures. Their sentences become
 * lines, which are never chosen.
 *
 * <p>Why this works without a word list: a page turned into text has one line per block element,
 * and its article is a run of paragraphs, each a line of several sentences, while the furniture
 * around it is many short lines (menus, links, teaser titles, dates) with an occasional sentence
 * among them (cookie and consent notices, newsletter prompts, teasers of other stories, legal
 * lines). Each block weighs the words of its sentences, up to {@value #PROSE_CAP}, or costs
 * {@value #GAP_PENALTY} if it has none; a table row or a list item with its marker weighs
 * nothing. The body is the run of blocks with the greatest total weight (Kadane's algorithm), so a
 * sentence joins it only if it is not cut off from it by more short lines than its own weight
 * pays for. A teaser cut off with an ellipsis counts as no sentence. Inside the body, a paragraph
 * of fewer than {@value #MIN_LONE_PARAGRAPH_WORDS} words that is not between two paragraphs is
 * furniture too ("Want more deals?"), and so is a sentence of fewer than {@value
 * #MIN_PAGE_SENTENCE_WORDS} words. Between the headline and the first two paragraphs in a row, a
 * paragraph standing alone is front matter: a standfirst, or a caption without its credit. A text
 * with fewer than {@value #MIN_FURNITURE_BLOCKS}
 * blocks without a sentence, or with no more of them than paragraphs, is not taken for a page
 * and keeps every sentence.
 *
 * <p>Captions: a paragraph of at most {@value #MAX_CAPTION_SENTENCES} sentences between a credit
 * line ("Photo: Getty Images", "Alex Wong | Getty Images") and a block that is not a paragraph,
 * or one that names a credit itself ("FILE PHOTO: …", "… (AP Photo/Alan Diaz)"). The words that
 * mark a credit are in {@code models/pages/credit-words.txt}, in the languages measured; the
 * structure around them does the rest.
 *
 * <p>The headline is the heading-like line before the body whose words the body uses most, among
 * the last {@value #HEADLINE_WINDOW} blocks before it: a page's title stands just above its
 * article, but so do section names, dates, bylines and "Skip to main content", which share no
 * words with it.
 *
 * <p>The settings were chosen on the 109 development pages of the Article Extraction Benchmark
 * scraped as text (docs/text-analysis.md gives the figures). O(n) in the number of segments and
 * the length of the text. Immutable and thread-safe.
 */
final class PageLayout {
    /** A caption has at most this many sentences; a paragraph with more is body text whatever it mentions. */
    static final int MAX_CAPTION_SENTENCES = 3;
    /**
     * On a page, a paragraph of a single short sentence that is not between two paragraphs is
     * furniture: "Want more deals?", "Let our news meet your inbox.", "Say cheese?".
     */
    static final int MIN_LONE_PARAGRAPH_WORDS = 8;
    /** On a page, a sentence of fewer words than this is never chosen: "Consider it?", "No spam, we promise." */
    static final int MIN_PAGE_SENTENCE_WORDS = 5;
    /**
     * On a page with a headline, the body proper starts with its first two paragraphs in a row if
     * they come within this many blocks after the headline; a paragraph standing alone before them
     * is front matter (a standfirst, a caption without its credit), never chosen.
     */
    static final int FRONT_MATTER_WINDOW = 8;
    /** A credit line has at most this many words. */
    static final int MAX_CREDIT_WORDS = 12;
    /** The most one block weighs, in words: a long cookie notice must not outweigh a page of links. */
    static final int PROSE_CAP = 60;
    /** What a block without a sentence costs, in words of prose. */
    static final int GAP_PENALTY = 12;
    /**
     * A text with fewer blocks without a sentence than this, or with no more of them than
     * paragraphs, is not taken for a page: an article with its headline, byline and date, a short
     * list or a match report's line-ups, is left whole.
     */
    static final int MIN_FURNITURE_BLOCKS = 6;
    /** How many blocks before the body are searched for the headline. */
    static final int HEADLINE_WINDOW = 25;
    /** Words shorter than this are ignored when a headline's words are matched: they are mostly function words. */
    private static final int MIN_MATCHED_WORD_LENGTH = 4;
    /** The share of a headline's matched words that the body must use. */
    private static final double MIN_HEADLINE_OVERLAP = 0.5;
    /** The fewest words a headline has. */
    private static final int MIN_HEADLINE_WORDS = 3;

    private final Set<String> creditWords;

    /** @param creditWords lower-case words that mark a photo credit or caption, in any language */
    PageLayout(Set<String> creditWords) {
        this.creditWords = Set.copyOf(creditWords);
    }

    /**
     * Marks the sentences outside the body as lines, in place, and finds the headline.
     *
     * @param text the text the segments slice
     * @param segments the segments of every block, in order; sentences outside the body are
     *     replaced by lines
     * @param blocks the blocks the segments were cut from
     * @param blockStarts for each block, the index of its first segment, then {@code
     *     segments.size()}
     * @param rules the boundary rules (heading length)
     * @return the index of the headline's segment, or -1 if none was found or the text does not
     *     look like a page
     */
    int apply(String text, List<TextSegment> segments, List<TextBlocks.Block> blocks, int[] blockStarts,
            BoundaryRules rules) {
        int blockCount = blocks.size();
        int[] weights = new int[blockCount];
        int furnitureBlocks = 0;
        int paragraphs = 0;
        for (int block = 0; block < blockCount; block++) {
            weights[block] = weight(text, segments, blocks.get(block), blockStarts[block], blockStarts[block + 1]);
            furnitureBlocks += weights[block] < 0 ? 1 : 0;
            paragraphs += weights[block] > 0 ? 1 : 0;
        }
        boolean page = furnitureBlocks >= MIN_FURNITURE_BLOCKS && furnitureBlocks > paragraphs;
        int bodyFirst = 0;
        int bodyLast = blockCount - 1;
        int headline = -1;
        if (page) {
            long best = Long.MIN_VALUE;
            bodyFirst = -1;
            long running = 0;
            int runFirst = 0;
            for (int block = 0; block < blockCount; block++) {
                if (running <= 0) {
                    running = 0;
                    runFirst = block;
                }
                running += weights[block];
                if (running > best && weights[block] > 0) {
                    best = running;
                    bodyFirst = runFirst;
                    bodyLast = block;
                }
            }
            if (bodyFirst < 0) {
                return -1; // no sentence anywhere: nothing to keep apart
            }
            headline = headline(text, segments, blockStarts, bodyFirst, bodyLast, rules);
        }
        boolean[] credit = new boolean[blockCount];
        boolean[] prose = new boolean[blockCount];
        for (int block = 0; block < blockCount; block++) {
            credit[block] = isCredit(text, blocks.get(block));
            prose[block] = weights[block] > 0;
        }
        int bodyProper = page && headline >= 0 ? firstTwoParagraphs(blockStarts, headline, bodyLast, prose) : -1;
        for (int block = 0; block < blockCount; block++) {
            boolean alone = prose[block] && !(block > 0 && prose[block - 1] && block + 1 < blockCount && prose[block + 1]);
            boolean furniture = block < bodyFirst || block > bodyLast
                    || block < bodyProper
                    || page && alone && weights[block] < MIN_LONE_PARAGRAPH_WORDS
                    || isCaption(text, segments, blockStarts, block, credit, prose);
            for (int i = blockStarts[block]; i < blockStarts[block + 1]; i++) {
                TextSegment segment = segments.get(i);
                if (segment.kind() == TextSegment.Kind.SENTENCE && (furniture
                        || page && StandardTextAnalyzer.wordCount(text, segment.start(), segment.end()) < MIN_PAGE_SENTENCE_WORDS)) {
                    segments.set(i, new TextSegment(segment.start(), segment.end(), segment.text(), TextSegment.Kind.LINE));
                }
            }
        }
        return headline;
    }

    /**
     * A credit line: a short block ("Photo: Getty Images", "Alex Wong | Getty Images", "(Image: ©
     * NASA/ESA/K. Retherford)") that does not end like a sentence and names a picture, its credit
     * or an agency, or holds a copyright sign.
     */
    private boolean isCredit(String text, TextBlocks.Block block) {
        int last = block.end() - 1;
        while (last > block.start() && Characters.isClosing(text.charAt(last))) {
            last--;
        }
        if (Characters.isTerminal(text.charAt(last))) {
            return false;
        }
        int position = block.start();
        int words = 0;
        boolean named = false;
        while (position < block.end() && words <= MAX_CREDIT_WORDS) {
            if (text.charAt(position) == '©') {
                named = true;
            }
            int wordEnd = wordEnd(text, position, block.end());
            if (wordEnd > position) {
                words++;
                named |= isCreditWord(text, position, wordEnd);
            }
            position = Math.max(wordEnd, position + 1);
        }
        return named && words <= MAX_CREDIT_WORDS;
    }

    /**
     * A picture's caption: a paragraph of at most {@value #MAX_CAPTION_SENTENCES} sentences that
     * stands between a credit line and a block without a sentence (a paragraph of the body next to
     * a picture has body on its other side), or that names a credit itself: a credit word first or
     * second and followed by a colon or comma ("FILE PHOTO: …", "Image caption, …"), a credit
     * word before an ellipsis ("Credit...Doug Mills"), or a parenthesis at the end that opens with
     * a credit word and says more than an agency's name ("(AP Photo/Alan Diaz)", "(Image: © NASA)",
     * but not the dateline "(Reuters)").
     */
    private boolean isCaption(String text, List<TextSegment> segments, int[] blockStarts, int block, boolean[] credit,
            boolean[] prose) {
        int first = blockStarts[block];
        int end = blockStarts[block + 1];
        int sentences = 0;
        for (int i = first; i < end; i++) {
            sentences += segments.get(i).kind() == TextSegment.Kind.SENTENCE ? 1 : 0;
        }
        if (sentences == 0 || sentences > MAX_CAPTION_SENTENCES) {
            return false;
        }
        boolean creditBefore = block > 0 && credit[block - 1];
        boolean creditAfter = block + 1 < credit.length && credit[block + 1];
        boolean proseBefore = block > 0 && prose[block - 1];
        boolean proseAfter = block + 1 < prose.length && prose[block + 1];
        if (creditBefore && !proseAfter || creditAfter && !proseBefore) {
            return true;
        }
        int start = segments.get(first).start();
        int stop = segments.get(end - 1).end();
        if (endsWithCreditParenthesis(text, start, stop)) {
            return true;
        }
        // Past the second word only an ellipsis after a word can make a caption: without one, two words decide.
        int wordsThatCanDecide = hasEllipsis(text, start, stop) ? Integer.MAX_VALUE : 2;
        int position = start;
        int word = 0;
        while (position < stop && word < wordsThatCanDecide) {
            int wordEnd = wordEnd(text, position, stop);
            if (wordEnd > position) {
                // The punctuation first: it rules out nearly every word without building a string.
                if ((word < 2 && marksCredit(text, wordEnd, stop) || endsWithEllipsis(text, wordEnd, stop))
                        && isCreditWord(text, position, wordEnd)) {
                    return true;
                }
                word++;
            }
            position = Math.max(wordEnd, position + 1);
        }
        return false;
    }

    /**
     * The first block of the first two paragraphs in a row within {@value #FRONT_MATTER_WINDOW}
     * blocks after the headline, or -1: what comes between the headline and it is front matter.
     */
    private static int firstTwoParagraphs(int[] blockStarts, int headline, int bodyLast, boolean[] prose) {
        int headlineBlock = 0;
        while (blockStarts[headlineBlock + 1] <= headline) {
            headlineBlock++;
        }
        for (int block = headlineBlock + 1; block < bodyLast && block <= headlineBlock + FRONT_MATTER_WINDOW; block++) {
            if (prose[block] && prose[block + 1]) {
                return block;
            }
        }
        return -1;
    }

    private boolean isCreditWord(String text, int start, int end) {
        return creditWords.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the paragraph ends with a parenthesis whose first or second word is a credit word
     * and that goes on after it: "(AP Photo/Alan Diaz)", "(Getty Images)", not "(Reuters)". One
     * pass back from the end, so that a paragraph costs its length whatever it holds.
     */
    private boolean endsWithCreditParenthesis(String text, int start, int stop) {
        int close = stop - 1;
        while (close > start && text.charAt(close) != ')' && !Character.isLetterOrDigit(text.charAt(close))) {
            close--;
        }
        if (text.charAt(close) != ')') {
            return false;
        }
        int open = close - 1;
        while (open >= start && text.charAt(open) != '(' && text.charAt(open) != ')') {
            open--;
        }
        if (open < start || text.charAt(open) != '(') {
            return false;
        }
        int position = open + 1;
        for (int word = 0; word < 2 && position < close; word++) {
            int wordEnd = wordEnd(text, position, close);
            if (wordEnd == position || wordEnd == close) {
                return false; // no word here, or nothing after it: "(Reuters)"
            }
            if (isCreditWord(text, position, wordEnd)) {
                return true;
            }
            position = wordEnd;
            while (position < close && text.charAt(position) == ' ') {
                position++;
            }
        }
        return false;
    }

    /** A colon or comma right after a credit word: "Photo: …", "Image caption, …". */
    private static boolean marksCredit(String text, int wordEnd, int stop) {
        return wordEnd < stop && (text.charAt(wordEnd) == ':' || text.charAt(wordEnd) == ',');
    }

    /** Whether {@link #endsWithEllipsis} holds after any position of {@code [start, stop)}. */
    private static boolean hasEllipsis(String text, int start, int stop) {
        for (int i = start; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '…' || c == '.' && text.startsWith("...", i)) {
                return true;
            }
        }
        return false;
    }

    /** An ellipsis right after a credit word: "Credit...Doug Mills". */
    private static boolean endsWithEllipsis(String text, int wordEnd, int stop) {
        return wordEnd < stop && (text.charAt(wordEnd) == '…' || text.startsWith("...", wordEnd));
    }

    /** Just past the run of letters and digits that starts at {@code start}, or {@code start} if none does. */
    private static int wordEnd(String text, int start, int stop) {
        int end = start;
        while (end < stop && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * The words of the block's sentences up to the cap, or minus the penalty if it has none; 0 for
     * a row of a table or a list item with its marker ("- ", "1. "), which are content whether or
     * not they are sentences.
     */
    private static int weight(String text, List<TextSegment> segments, TextBlocks.Block block, int first, int end) {
        int words = 0;
        for (int i = first; i < end; i++) {
            TextSegment segment = segments.get(i);
            if (segment.kind() == TextSegment.Kind.SENTENCE && !(i == end - 1 && isTruncated(text, segment))) {
                words += StandardTextAnalyzer.wordCount(text, segment.start(), segment.end());
            }
        }
        if (words > 0) {
            return Math.min(words, PROSE_CAP);
        }
        return block.tableRow() || TextBlocks.startsListItem(text, block.start(), block.end()) ? 0 : -GAP_PENALTY;
    }

    /**
     * A teaser cut off mid-sentence: it ends with an ellipsis ("..." or "…") right after a word or
     * a comma, not after a sentence's own punctuation.
     */
    static boolean isTruncated(String text, TextSegment segment) {
        int end = segment.end();
        int dots;
        if (text.charAt(end - 1) == '…') {
            dots = 1;
        } else if (end - segment.start() > 3 && text.startsWith("...", end - 3)) {
            dots = 3;
        } else {
            return false;
        }
        int before = end - dots - 1;
        if (before < segment.start()) {
            return false;
        }
        char last = text.charAt(before);
        return Character.isLetterOrDigit(last) || last == ',' || Characters.isSpace(last);
    }

    /** The heading-like line before the body that shares the largest share of its words with the body. */
    private static int headline(String text, List<TextSegment> segments, int[] blockStarts, int bodyFirst, int bodyLast,
            BoundaryRules rules) {
        int firstCandidateBlock = Math.max(0, bodyFirst - HEADLINE_WINDOW);
        if (firstCandidateBlock == bodyFirst) {
            return -1;
        }
        Set<String> bodyWords = new HashSet<>();
        for (int i = blockStarts[bodyFirst]; i < blockStarts[bodyLast + 1]; i++) {
            TextSegment segment = segments.get(i);
            if (segment.kind() == TextSegment.Kind.SENTENCE) {
                addWords(text, segment.start(), segment.end(), bodyWords);
            }
        }
        int best = -1;
        double bestOverlap = MIN_HEADLINE_OVERLAP;
        Set<String> words = new HashSet<>();
        for (int block = firstCandidateBlock; block < bodyFirst; block++) {
            int i = blockStarts[block];
            TextSegment segment = segments.get(i);
            if (blockStarts[block + 1] - i != 1 || segment.kind() != TextSegment.Kind.LINE) {
                continue;
            }
            int count = StandardTextAnalyzer.wordCount(text, segment.start(), segment.end());
            if (count < MIN_HEADLINE_WORDS || count > rules.maxHeadingWords) {
                continue;
            }
            words.clear();
            addWords(text, segment.start(), segment.end(), words);
            if (words.isEmpty()) {
                continue;
            }
            int shared = 0;
            for (String word : words) {
                shared += bodyWords.contains(word) ? 1 : 0;
            }
            double overlap = (double) shared / words.size();
            // >=: of two equal candidates the later one, nearer the body, is the article's own title.
            if (overlap >= bestOverlap) {
                bestOverlap = overlap;
                best = i;
            }
        }
        return best;
    }

    /** The lower-cased words of at least {@link #MIN_MATCHED_WORD_LENGTH} letters or digits. */
    private static void addWords(String text, int start, int end, Set<String> words) {
        int wordStart = -1;
        for (int i = start; i <= end; i++) {
            boolean inWord = i < end && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && wordStart < 0) {
                wordStart = i;
            } else if (!inWord && wordStart >= 0) {
                if (i - wordStart >= MIN_MATCHED_WORD_LENGTH) {
                    words.add(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
                }
                wordStart = -1;
            }
        }
    }
}
