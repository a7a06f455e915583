package dev.nutshell.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in local mode for tests and measurements: no UI, loopback only, few shuffle partitions. */
final class LocalSpark {
    private LocalSpark() {
    }

    /**
     * @param threads the worker threads, as in {@code local[N]}
     * @return a new or the running session
     */
    static SparkSession start(int threads) {
        return SparkSession.builder()
                .master("local[" + threads + "]")
                .appName("nutshell-spark-test")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 4)
                .getOrCreate();
    }
}
