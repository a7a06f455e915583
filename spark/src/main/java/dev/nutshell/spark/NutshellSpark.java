package dev.nutshell.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Nutshell on Apache Spark: a column of articles in, a column of summaries out, each the
 * sentences {@link dev.nutshell.Summarizer} chooses, verbatim, with their offsets and scores.
 *
 * <p>From SQL, after {@link #register(SparkSession)}:
 * <pre>{@code
 * SELECT id, nutshell_summarize(text, 3) AS summary FROM articles
 * }</pre>
 * From Java, with every option:
 * <pre>{@code
 * SummaryOptions options = SummaryOptions.defaults().withLength(Length.words(60)).withAlgorithm("textrank");
 * Dataset<Row> summarized = NutshellSpark.summarize(articles, "text", "summary", options);
 * }</pre>
 *
 * <p>A summary is an {@code array<struct<index:int,start:int,end:int,score:double,text:string>>}
 * ({@link #SUMMARY_TYPE}): the chosen sentences in document order, {@code index} the sentence's
 * position among the article's sentences, {@code start}/{@code end} UTF-16 offsets into the text
 * ({@code substring(text, start + 1, end - start)} in SQL is the sentence), {@code score} its score.
 * Null text gives null; blank text an empty array; a row that cannot be summarized (text over
 * {@link SummaryOptions#maxInputChars()}, a budget below 1) gives null and does not fail the job.
 *
 * <p>Each executor JVM builds one summarizer per configuration, on first use, and shares it
 * between its tasks; tasks carry only the {@link SummaryOptions}. The summaries are exactly those
 * the library gives for the same text and options, whatever the partitioning.
 *
 * <p>Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class NutshellSpark {
    /** The name of the SQL function that {@link #register(SparkSession)} adds. */
    public static final String FUNCTION_NAME = "nutshell_summarize";

    /** One chosen sentence: {@code struct<index:int,start:int,end:int,score:double,text:string>}, no field null. */
    public static final StructType SENTENCE_TYPE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("index", DataTypes.IntegerType, false),
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false),
            DataTypes.createStructField("score", DataTypes.DoubleType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false)).toArray(StructField[]::new));

    /** A summary: the chosen sentences in document order, {@code array<}{@link #SENTENCE_TYPE}{@code >}. */
    public static final ArrayType SUMMARY_TYPE = DataTypes.createArrayType(SENTENCE_TYPE, false);

    private NutshellSpark() {
    }

    /**
     * Adds the SQL function {@code nutshell_summarize(text STRING, n INT)}: at most {@code n}
     * sentences of {@code text} with the default algorithm, in English.
     *
     * @param spark the session to add it to
     * @throws NullPointerException if {@code spark} is null
     */
    public static void register(SparkSession spark) {
        register(spark, SummaryOptions.defaults());
    }

    /**
     * Adds the SQL function {@code nutshell_summarize(text STRING, n INT)} with the algorithm,
     * language and limit of {@code options}; the number of sentences is the function's second
     * argument, which may differ from row to row (a null or a value below 1 gives null), so the
     * options' own length is not used.
     *
     * @param spark the session to add it to
     * @param options the algorithm, language and limit
     * @throws NullPointerException if an argument is null
     */
    public static void register(SparkSession spark, SummaryOptions options) {
        Objects.requireNonNull(spark, "spark");
        RowSummarizer summarizer = new RowSummarizer(Objects.requireNonNull(options, "options"));
        UDF2<String, Object, List<Row>> function = (text, sentences) -> summarizer.summarize(text, () -> length(sentences));
        spark.udf().register(FUNCTION_NAME, function, SUMMARY_TYPE);
    }

    /**
     * The summary of each row's text, as a column expression for {@code select} or {@code withColumn}.
     *
     * @param text a string column
     * @param options the length, algorithm, language and limit
     * @return a column of {@link #SUMMARY_TYPE}
     * @throws NullPointerException if an argument is null
     */
    public static Column summarize(Column text, SummaryOptions options) {
        Objects.requireNonNull(text, "text");
        RowSummarizer summarizer = new RowSummarizer(Objects.requireNonNull(options, "options"));
        // The options travel with the function, not the Length: the library's records do not serialize.
        UDF1<String, List<Row>> function = row -> summarizer.summarize(row, options::length);
        UserDefinedFunction summarize = functions.udf(function, SUMMARY_TYPE);
        return summarize.apply(text);
    }

    /**
     * The rows with one more column, the summary of their text.
     *
     * @param rows any rows
     * @param textColumn the name of their string column to summarize
     * @param summaryColumn the name of the new column, of {@link #SUMMARY_TYPE}
     * @param options the length, algorithm, language and limit
     * @return the rows with the summary column added (or replaced, if one has that name)
     * @throws NullPointerException if an argument is null; a missing text column is Spark's
     *     analysis error, as for any column name
     */
    public static Dataset<Row> summarize(Dataset<Row> rows, String textColumn, String summaryColumn, SummaryOptions options) {
        Objects.requireNonNull(summaryColumn, "summaryColumn");
        return rows.withColumn(summaryColumn, summarize(rows.col(Objects.requireNonNull(textColumn, "textColumn")), options));
    }

    /**
     * The SQL argument as a sentence budget: any integer type, since a literal {@code 3} is an INT
     * but a column may be a BIGINT.
     */
    private static dev.nutshell.Length length(Object sentences) {
        if (!(sentences instanceof Number number) || number.longValue() != number.doubleValue()
                || number.longValue() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("n must be an integer >= 1, was " + sentences);
        }
        return dev.nutshell.Length.sentences((int) number.longValue());
    }
}
