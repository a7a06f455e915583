package dev.nutshell.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Rows summarized per second by {@code nutshell_summarize} in a local Spark: not a test, a
 * measurement for docs/spark.md. The articles are read and cached first, so only summarizing (and
 * Spark's own cost per row and task) is timed; warm-up passes run until the JIT has settled, then
 * timed passes.
 *
 * <p>{@code java [Spark's --add-opens options] -cp ... dev.nutshell.spark.SparkThroughput THREADS FILE.jsonl [PARTITIONS] [PASSES]}
 */
public final class SparkThroughput {
    private SparkThroughput() {
    }

    /**
     * @param args threads, the JSON Lines file, partitions (default 4 per thread), timed passes (default 20)
     */
    public static void main(String[] args) {
        int threads = Integer.parseInt(args[0]);
        String file = args[1];
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 4 * threads;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        SparkSession spark = LocalSpark.start(threads);
        NutshellSpark.register(spark);
        Dataset<Row> articles = spark.read().schema("id STRING, article STRING").json(file).repartition(partitions).cache();
        long rows = articles.count();
        articles.createOrReplaceTempView("articles");
        Dataset<Row> summarized = spark.sql("SELECT nutshell_summarize(article, 3) AS summary FROM articles")
                .agg(sum(size(col("summary"))));
        for (int pass = 0; pass < 10; pass++) {
            summarized.collectAsList(); // warm-up
        }
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            summarized.collectAsList();
        }
        double seconds = (System.nanoTime() - start) / (double) TimeUnit.SECONDS.toNanos(1);
        System.out.printf("local[%d], %d partitions: %d rows x %d passes in %.2f s = %.1f rows/s%n",
                threads, partitions, rows, passes, seconds, rows * passes / seconds);
        spark.stop();
    }
}
