/**
 * Nutshell on Apache Spark: {@link dev.nutshell.spark.NutshellSpark} adds the SQL function
 * {@code nutshell_summarize(text, n)} and a Column API that summarize a column of articles on a
 * cluster, configured by {@link dev.nutshell.spark.SummaryOptions}.
 */
package dev.nutshell.spark;
