package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.KeySentence;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import dev.nutshell.article.Article;
import dev.nutshell.article.TextLine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Page furniture in scraped text, one kind per test, on short pages written for the purpose in the
 * shape a naive scraper gives them (one line per block element): the body's sentences are the only
 * candidates, the headline is the page's title, and captions never get into a summary.
 */
class PageFurnitureTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
    private static final Summarizer SUMMARIZER = Summarizer.builder().build();

    private static final String NAVIGATION = """
            Skip to main content
            Home
            News
            Sport
            Business
            Weather
            Sign in
            """;

    private static final String BODY = """
            Flood defences along the River Severn were raised overnight as water levels in Shrewsbury rose to within a metre of the record set in 2000, the Environment Agency said on Sunday.
            Engineers worked through the night to fit temporary barriers along the Frankwell quay, and more than two hundred homes in the lowest streets were told to prepare to leave.
            The agency said the river was expected to peak on Monday afternoon, and that rain falling on the Welsh hills on Sunday would reach the town within a day.
            Local shops in the town centre stayed open, although several car parks beside the river were closed and the footbridge to the railway station was shut to pedestrians.
            """;

    private static final String HEADLINE = "Severn flood barriers raised as Shrewsbury river levels near record";

    /** The body's sentences, which alone may be chosen. */
    private static List<String> bodySentences() {
        return ANALYZER.split(BODY).stream().map(TextSegment::text).toList();
    }

    private static List<String> candidates(String text) {
        return ANALYZER.split(text).stream().filter(segment -> segment.kind() == TextSegment.Kind.SENTENCE)
                .map(TextSegment::text).toList();
    }

    private static void assertOnlyBodyIsChosen(String page) {
        assertEquals(bodySentences(), candidates(page));
        for (Length length : List.of(Length.sentences(3), Length.words(60), Length.words(40), Length.chars(300))) {
            Summary summary = SUMMARIZER.summarize(page, length);
            assertFalse(summary.isEmpty(), () -> "summary at " + length);
            for (KeySentence sentence : summary.sentences()) {
                assertTrue(bodySentences().contains(sentence.text()), () -> "chose furniture at " + length + ": " + sentence.text());
            }
        }
    }

    @Test
    void cookieNoticeAboveTheMenusIsNeverChosen() {
        String page = "We use cookies to give you the best experience on our website and to show you relevant advertising.\n"
                + "By continuing to browse the site you agree to our use of cookies, as set out in our cookie policy.\n"
                + "Accept\nManage settings\n" + NAVIGATION + HEADLINE + "\nBy Sarah Jones\n24 November 2025\n" + BODY
                + "Share this story\nFacebook\nTwitter\nEmail\n";
        assertOnlyBodyIsChosen(page);
        assertEquals(Optional.of(HEADLINE), SUMMARIZER.summarize(page, Length.sentences(3)).headline());
    }

    @Test
    void newsletterCommentAndLegalLinesBelowTheBodyAreNeverChosen() {
        String page = NAVIGATION + HEADLINE + "\n" + BODY
                + "More on this story\nRelated Topics\nFlooding\nShrewsbury\n"
                + "Sign up for our morning newsletter and get the day's top stories sent straight to your inbox every day.\n"
                + "Email address\nSubscribe\nComments\n"
                + "You are commenting using your WordPress.com account. Log out or change your account settings here.\n"
                + "Notify me of new comments via email.\nPrivacy policy\nTerms of use\n"
                + "Copyright 2025 Shropshire Evening Press. All rights reserved. This material may not be published or redistributed.\n";
        assertOnlyBodyIsChosen(page);
    }

    @Test
    void teasersOfOtherStoriesCutOffWithAnEllipsisAreNeverChosen() {
        String page = NAVIGATION + HEADLINE + "\n" + BODY + "Most read\n"
                + "Council approves plan for new bus station\n"
                + "SHREWSBURY: The council on Thursday approved plans for a new bus station on the site of the old market, which...\n"
                + "Rail strike called off after late-night talks\n"
                + "LONDON: Train drivers called off next week's strike after talks that ran late into the night at the offices of…\n"
                + "Police appeal after lorry crash on the A5\n"
                + "TELFORD: Police are appealing for witnesses after a lorry left the road near the Wellington junction on...\n";
        assertOnlyBodyIsChosen(page);
    }

    @Test
    void captionBetweenItsCreditAndTheBylineIsNeverChosen() {
        String page = NAVIGATION + HEADLINE + "\nJohn Smith | Getty Images\n"
                + "Sandbags are stacked against a shop door in Frankwell as the River Severn rises in Shrewsbury.\n"
                + "By Sarah Jones\n24 November 2025\n" + BODY + "Share\nFacebook\n";
        assertOnlyBodyIsChosen(page);
    }

    @Test
    void captionAboveItsPhotoCreditInsideTheBodyIsNeverChosen() {
        String[] paragraphs = BODY.split("\n");
        String page = NAVIGATION + HEADLINE + "\n" + paragraphs[0] + "\n" + paragraphs[1] + "\nImage caption\n"
                + "Volunteers carry sandbags along the Frankwell quay on Sunday evening.\nPhoto: Jane Doe/Reuters\n"
                + paragraphs[2] + "\n" + paragraphs[3] + "\nShare\nFacebook\n";
        assertOnlyBodyIsChosen(page);
    }

    @Test
    void captionsThatNameTheirCreditAreNeverChosenEvenInPlainText() {
        String article = """
                The river is expected to peak on Monday afternoon, the Environment Agency said on Sunday.

                FILE PHOTO: A man walks past flood barriers in Shrewsbury, Britain, February 17, 2020. REUTERS/Jane Doe

                Engineers worked through the night to fit temporary barriers along the quay.

                Residents watch the water rise beside the Welsh Bridge in Shrewsbury. (AP Photo/John Smith)

                More than two hundred homes in the lowest streets were told to prepare to leave.

                Image caption, Water covers the car park beside the river in Shrewsbury.
                """;
        assertEquals(List.of("The river is expected to peak on Monday afternoon, the Environment Agency said on Sunday.",
                "Engineers worked through the night to fit temporary barriers along the quay.",
                "More than two hundred homes in the lowest streets were told to prepare to leave."), candidates(article));
    }

    /**
     * A caption whose credit comes after an ellipsis late in the block ("Credit...Jane Doe") is
     * known by it, however many words come first; without an ellipsis, a credit word past the
     * first two words makes no caption.
     */
    @Test
    void aCreditAfterAnEllipsisMarksACaptionWhereverItComes() {
        String article = """
                The river is expected to peak on Monday afternoon, the Environment Agency said on Sunday.

                Volunteers fill sandbags beside the flooded quay in Shrewsbury. Credit...Jane Doe for Shropshire News

                Engineers worked through the night to fit temporary barriers along the quay, the photo shows.
                """;
        assertEquals(List.of("The river is expected to peak on Monday afternoon, the Environment Agency said on Sunday.",
                "Engineers worked through the night to fit temporary barriers along the quay, the photo shows."),
                candidates(article));
    }

    /** An agency's name in a dateline is no credit. */
    @Test
    void aDatelineThatNamesAnAgencyStaysInTheBody() {
        String article = "LONDON (Reuters) - British house prices rose in November at the fastest pace in two years, a survey showed.\n"
                + "Prices rose 1.2 percent on the month, the lender said, beating every forecast in a Reuters poll of economists.\n";
        assertEquals(2, candidates(article).size());
    }

    /** The standfirst under the headline sums the story up, but it is not the article's text. */
    @Test
    void standfirstBetweenHeadlineAndBylineIsNeverChosen() {
        String page = NAVIGATION + HEADLINE + "\n"
                + "Hundreds of homes in Shrewsbury could be evacuated as the river nears its record level.\n"
                + "By Sarah Jones\nBBC News\n24 November 2025\n" + BODY + "Share\nFacebook\n";
        assertOnlyBodyIsChosen(page);
    }

    @Test
    void shortSentencesOfAPromptInsideTheBodyAreNeverChosen() {
        String[] paragraphs = BODY.split("\n");
        String page = NAVIGATION + HEADLINE + "\n" + paragraphs[0] + "\n" + paragraphs[1] + "\n"
                + "Got a story? Tell us. We read every message sent to the newsroom, day and night.\n"
                + paragraphs[2] + "\n" + paragraphs[3] + "\nShare\nFacebook\n";
        List<String> chosen = candidates(page);
        assertFalse(chosen.contains("Got a story?"), chosen::toString);
        assertFalse(chosen.contains("Tell us."), chosen::toString);
        assertTrue(chosen.containsAll(bodySentences()), chosen::toString);
    }

    @Test
    void theHeadlineIsTheTitleAboveTheBodyNotTheFirstLine() {
        String page = NAVIGATION + "Advertisement\nWorld\nUK\n" + HEADLINE + "\nBy Sarah Jones, BBC News\n"
                + "24 November 2025\n" + BODY + "Share\nFacebook\n";
        Article article = ANALYZER.analyze(page);
        assertEquals(Optional.of(HEADLINE), article.headline().map(TextLine::text));
    }

    @Test
    void aPageInPortugueseHasItsFurnitureKeptApartToo() {
        String body = """
                A chuva forte que caiu durante a noite deixou centenas de famílias desalojadas na zona norte da cidade, informou a Defesa Civil nesta segunda-feira.
                Segundo o órgão, o volume de água registrado em doze horas foi o maior desde o início das medições, há mais de quarenta anos.
                A prefeitura abriu escolas para receber os moradores e pediu que a população evite as áreas próximas aos córregos até a noite de terça-feira.
                """;
        String page = "Este site utiliza cookies para melhorar a sua experiência e para fins de publicidade personalizada.\n"
                + "Aceitar\nInício\nNotícias\nEsportes\nEntretenimento\nAssine\n"
                + "Chuva forte deixa centenas de famílias desalojadas na zona norte\n"
                + "Por Maria Souza\n25/11/2025 08h30\n" + body
                + "Veja também\nCompartilhe\nReceba as notícias do dia no seu e-mail, é grátis e você pode cancelar quando quiser.\n"
                + "Termos de uso\n";
        assertEquals(ANALYZER.split(body).stream().map(TextSegment::text).toList(), candidates(page));
        assertEquals(Optional.of("Chuva forte deixa centenas de famílias desalojadas na zona norte"),
                ANALYZER.analyze(page).headline().map(TextLine::text));
    }

    /** An article with its headline, byline and date is no page: nothing is taken away. */
    @Test
    void aPlainArticleKeepsEverySentence() {
        String article = HEADLINE + "\nBy Sarah Jones\n24 November 2025\n\n" + BODY
                + "\nHe said: \"We are ready.\"\nWant more?\n";
        List<String> expected = new java.util.ArrayList<>(bodySentences());
        expected.add("He said: \"We are ready.\"");
        assertEquals(expected, candidates(article));
        assertEquals(Optional.of(HEADLINE), ANALYZER.analyze(article).headline().map(TextLine::text));
    }

    /** A list of items without their own sentences between two paragraphs is content, not furniture. */
    @Test
    void aMarkedListBetweenParagraphsKeepsBothParagraphs() {
        String article = "The council published the list of roads that will stay closed until the water falls.\n"
                + "- Frankwell\n- Smithfield Road\n- Victoria Quay\n- Coleham Head\n- Longden Coleham\n- Abbey Foregate\n- Castle Foregate\n"
                + "Drivers were told to use the bypass and to expect long delays on every route into the town centre.\n";
        assertEquals(2, candidates(article).size());
    }
}
