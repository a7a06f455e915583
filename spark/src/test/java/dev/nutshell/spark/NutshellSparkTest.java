package dev.nutshell.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.KeySentence;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL function and the Column API in a local Spark of two threads: the library's own summaries
 * on real articles, across partitions; null, blank and bad rows.
 */
class NutshellSparkTest {
    private static final int ARTICLES = 300;
    private static final StructType TEXTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("text", DataTypes.StringType, true)));

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start(2);
        NutshellSpark.register(spark);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** The first articles of the BBC dev set, in four partitions, as a view named {@code articles}. */
    private static Dataset<Row> bbcArticles(int count) {
        // The schema given, so that Spark does not read the file once more to infer it.
        Dataset<Row> articles = spark.read().schema("id STRING, article STRING").json(BbcArticles.file().toString())
                .limit(count).repartition(4);
        articles.createOrReplaceTempView("articles");
        return articles;
    }

    private static List<Row> rowsOf(List<KeySentence> sentences) {
        List<Row> rows = new ArrayList<>();
        for (KeySentence sentence : sentences) {
            rows.add(RowFactory.create(sentence.index(), sentence.start(), sentence.end(), sentence.score(), sentence.text()));
        }
        return rows;
    }

    private static Dataset<Row> texts(String... texts) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            rows.add(RowFactory.create("row-" + i, texts[i]));
        }
        return spark.createDataFrame(rows, TEXTS).repartition(2);
    }

    @Test
    void theSqlFunctionGivesTheLibrarysSummaryOfEveryArticle() {
        bbcArticles(ARTICLES);

        List<Row> rows = spark.sql("SELECT id, article, nutshell_summarize(article, 3) AS summary FROM articles").collectAsList();

        Summarizer summarizer = Summarizer.builder().build();
        assertEquals(ARTICLES, rows.size());
        for (Row row : rows) {
            List<KeySentence> expected = summarizer.summarize(row.getString(1), Length.sentences(3)).sentences();
            assertEquals(rowsOf(expected), row.getList(2), row.getString(0));
        }
    }

    @Test
    void theColumnApiTakesTheLengthAndTheAlgorithm() {
        Dataset<Row> articles = bbcArticles(100);
        SummaryOptions options = SummaryOptions.defaults().withLength(Length.words(60)).withAlgorithm("TextRank").withLanguage("en");

        List<Row> rows = NutshellSpark.summarize(articles, "article", "summary", options).collectAsList();

        Summarizer summarizer = Summarizer.builder().algorithm("textrank").build();
        assertEquals(100, rows.size());
        for (Row row : rows) {
            List<KeySentence> expected = summarizer.summarize(row.getString(1), Length.words(60)).sentences();
            assertEquals(rowsOf(expected), row.getList(2), row.getString(0));
        }
    }

    @Test
    void theSummaryColumnHasTheDocumentedSchema() {
        Dataset<Row> fromSql = spark.sql("SELECT nutshell_summarize('One sentence.', 3) AS summary");
        Dataset<Row> fromColumn = NutshellSpark.summarize(texts("One sentence."), "text", "summary", SummaryOptions.defaults());

        assertEquals(NutshellSpark.SUMMARY_TYPE, fromSql.schema().apply("summary").dataType());
        assertEquals(NutshellSpark.SUMMARY_TYPE, fromColumn.schema().apply("summary").dataType());
        assertEquals("array<struct<index:int,start:int,end:int,score:double,text:string>>",
                NutshellSpark.SUMMARY_TYPE.simpleString());
        assertEquals(List.of(RowFactory.create(0, 0, 13, 1.0, "One sentence.")), fromSql.collectAsList().get(0).getList(0));
    }

    @Test
    void nullTextGivesNullAndBlankTextAnEmptySummary() {
        Dataset<Row> texts = texts(null, "", "  \n ");
        texts.createOrReplaceTempView("odd_texts");

        List<Row> fromSql = spark.sql("SELECT id, nutshell_summarize(text, 2) FROM odd_texts ORDER BY id").collectAsList();
        List<Row> fromColumn = NutshellSpark.summarize(texts, "text", "summary", SummaryOptions.defaults())
                .select("id", "summary").orderBy("id").collectAsList();

        for (List<Row> rows : List.of(fromSql, fromColumn)) {
            assertTrue(rows.get(0).isNullAt(1), "null text");
            assertEquals(List.of(), rows.get(1).getList(1), "empty text");
            assertEquals(List.of(), rows.get(2).getList(1), "blank text");
        }
    }

    @Test
    void aRowThatCannotBeSummarizedGivesNullAndTheJobGoesOn() {
        String shortText = "The council met on Tuesday. It approved the park.";
        Dataset<Row> texts = texts(shortText, "This text is longer than the limit of sixty characters we set here.", shortText);

        List<Row> rows = NutshellSpark.summarize(texts, "text", "summary", SummaryOptions.defaults().withMaxInputChars(60))
                .orderBy("id").collectAsList();

        assertEquals(2, rows.get(0).getList(2).size());
        assertTrue(rows.get(1).isNullAt(2), "over the limit");
        assertEquals(2, rows.get(2).getList(2).size());
    }

    @Test
    void anSqlBudgetBelowOneOrNullGivesNullForThatRowOnly() {
        texts("The council met on Tuesday. It approved the park.").createOrReplaceTempView("one_text");

        Row row = spark.sql("SELECT nutshell_summarize(text, 0), nutshell_summarize(text, CAST(NULL AS INT)),"
                + " nutshell_summarize(text, 1), nutshell_summarize(text, CAST(1 AS BIGINT)) FROM one_text").collectAsList().get(0);

        assertTrue(row.isNullAt(0));
        assertTrue(row.isNullAt(1));
        assertEquals(1, row.getList(2).size());
        assertEquals(row.getList(2), row.getList(3), "a BIGINT budget works as an INT");
    }

    @Test
    void registeringWithOptionsChoosesTheAlgorithmOfTheSqlFunction() {
        SparkSession session = spark.newSession();
        NutshellSpark.register(session, SummaryOptions.defaults().withAlgorithm("lead"));
        String text = "First comes the lead. A second sentence follows. The third one is here. And a fourth ends it.";

        Row row = session.sql("SELECT nutshell_summarize('" + text + "', 2)").collectAsList().get(0);

        List<Row> expected = rowsOf(Summarizer.builder().algorithm("lead").build().summarize(text, Length.sentences(2)).sentences());
        assertEquals(expected, row.getList(0));
        assertNotNull(row.getList(0));
        assertEquals(Arrays.asList("First comes the lead.", "A second sentence follows."),
                row.<Row>getList(0).stream().map(sentence -> sentence.getString(4)).toList());
    }
}
