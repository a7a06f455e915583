package dev.nutshell.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares builds of Nutshell in one JVM: each build's classes in a class loader of its own, whole
 * passes over a dev set alternating between them, each pass timed by the thread's CPU time. On a
 * shared machine, where the load moves between two JMH runs minutes apart, this pairing is what
 * separates builds a few percent apart: each pass of a build is compared with the pass of the
 * first build just before it. The first third of the passes is left out as warm-up.
 *
 * <p>Run, for example to compare the classes of main with those of a branch:
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.nutshell.benchmarks.PairedPasses \
 *     --task keyphrases --passes 30 /tmp/before/classes target/classes
 * }</pre>
 * Each build is a directory of classes ({@code target/classes} copied aside) or a library jar.
 * Tasks: {@code keyphrases} ({@code keyphrases(article, 10)} on the analysed CNN/DM dev articles:
 * {@code KeyphraseBenchmark.tagAndRank}'s work), {@code summaries} (the default {@code
 * summarize} of the BBC dev articles' raw text with the reference's number of sentences: {@code
 * RatioBenchmark}'s). Prints per build the median milliseconds per document with the quartiles,
 * a checksum of every result (equal checksums: the same output), and the paired ratio of each
 * build's time to the first's. Needs the data, as {@link DevSetBenchmark} does.
 */
public final class PairedPasses {
    private PairedPasses() {
    }

    /** One build's work: a pass over the documents, returning the results. */
    private interface Pass {
        Object[] run() throws ReflectiveOperationException;
    }

    /**
     * @param arguments {@code [--task keyphrases|summaries] [--passes N] BUILD...}
     * @throws Exception if a build cannot be loaded or a call fails
     */
    public static void main(String[] arguments) throws Exception {
        String task = "keyphrases";
        int passes = 30;
        List<Path> builds = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].equals("--task") && i + 1 < arguments.length) {
                task = arguments[++i];
            } else if (arguments[i].equals("--passes") && i + 1 < arguments.length) {
                passes = Integer.parseInt(arguments[++i]);
            } else {
                builds.add(Path.of(arguments[i]));
            }
        }
        if (builds.isEmpty() || passes < 3 || !(task.equals("keyphrases") || task.equals("summaries"))
                || builds.stream().anyMatch(build -> !Files.exists(build))) {
            System.err.println("usage: PairedPasses [--task keyphrases|summaries] [--passes N >= 3] BUILD...");
            System.exit(2);
        }
        List<JsonNode> records = records(task.equals("keyphrases") ? "cnndm-dev.jsonl" : "bbc-dev.jsonl");
        List<Pass> work = new ArrayList<>();
        for (Path build : builds) {
            work.add(task.equals("keyphrases") ? keyphrases(loader(build), records) : summaries(loader(build), records));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] milliseconds = new double[builds.size()][passes];
        long[] checksums = new long[builds.size()];
        for (int pass = 0; pass < passes; pass++) {
            for (int build = 0; build < builds.size(); build++) {
                long start = threads.getCurrentThreadCpuTime();
                Object[] results = work.get(build).run();
                milliseconds[build][pass] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / records.size();
                checksums[build] = checksum(results);
            }
        }
        int warmUp = passes / 3;
        for (int build = 0; build < builds.size(); build++) {
            double[] kept = sorted(Arrays.copyOfRange(milliseconds[build], warmUp, passes));
            System.out.printf(Locale.ROOT, "%s: median %.3f ms a document (quartiles %.3f to %.3f), checksum %016x%n",
                    builds.get(build), median(kept), kept[kept.length / 4], kept[kept.length * 3 / 4], checksums[build]);
        }
        for (int build = 1; build < builds.size(); build++) {
            double[] ratios = new double[passes - warmUp];
            for (int pass = warmUp; pass < passes; pass++) {
                ratios[pass - warmUp] = milliseconds[build][pass] / milliseconds[0][pass];
            }
            ratios = sorted(ratios);
            System.out.printf(Locale.ROOT, "%s / %s: paired ratio of time %.3f (quartiles %.3f to %.3f), %d passes%n",
                    builds.get(build), builds.get(0), median(ratios), ratios[ratios.length / 4],
                    ratios[ratios.length * 3 / 4], ratios.length);
        }
    }

    /** The dev set's records. */
    private static List<JsonNode> records(String file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : DevSetBenchmark.lines(file)) {
            records.add(json.readTree(line));
        }
        return records;
    }

    /**
     * A class loader that finds the library's own classes and resources in the build first, and
     * everything else (OpenNLP, jsoup, Jackson: the same for every build) in this jar: the
     * benchmarks jar holds a copy of the library too, which a parent-first loader would return
     * for every build.
     */
    private static ClassLoader loader(Path build) throws IOException {
        return new URLClassLoader(new URL[] {build.toUri().toURL()}, PairedPasses.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("dev.nutshell.") || name.startsWith("dev.nutshell.benchmarks.")) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        loaded = findClass(name);
                    }
                    if (resolve) {
                        resolveClass(loaded);
                    }
                    return loaded;
                }
            }

            @Override
            public URL getResource(String name) {
                URL own = name.startsWith("dev/nutshell/") ? findResource(name) : null;
                return own != null ? own : super.getResource(name);
            }
        };
    }

    /** {@code keyphrases(article, 10)} on each record's analysed {@code article}; the analysis is not timed. */
    private static Pass keyphrases(ClassLoader loader, List<JsonNode> records) throws ReflectiveOperationException {
        Object summarizer = summarizer(loader);
        Class<?> summarizerClass = summarizer.getClass();
        Object analyzer = summarizerClass.getMethod("analyzer").invoke(summarizer);
        Method analyze = loader.loadClass("dev.nutshell.text.TextAnalyzer").getMethod("analyze", String.class);
        Object[] articles = new Object[records.size()];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = analyze.invoke(analyzer, records.get(i).get("article").asText());
        }
        Method keyphrases = summarizerClass.getMethod("keyphrases", loader.loadClass("dev.nutshell.article.Article"), int.class);
        return () -> {
            Object[] results = new Object[articles.length];
            for (int i = 0; i < articles.length; i++) {
                results[i] = call(keyphrases, summarizer, articles[i], 10);
            }
            return results;
        };
    }

    /** The default {@code summarize} of each record's {@code article} with its reference's number of sentences. */
    private static Pass summaries(ClassLoader loader, List<JsonNode> records) throws ReflectiveOperationException {
        Object summarizer = summarizer(loader);
        Class<?> lengthClass = loader.loadClass("dev.nutshell.Length");
        Method sentences = lengthClass.getMethod("sentences", int.class);
        String[] texts = new String[records.size()];
        Object[] lengths = new Object[records.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = records.get(i).get("article").asText();
            lengths[i] = sentences.invoke(null, Math.max(1, records.get(i).get("summary_sentences").size()));
        }
        Method summarize = summarizer.getClass().getMethod("summarize", String.class, lengthClass);
        return () -> {
            Object[] results = new Object[texts.length];
            for (int i = 0; i < texts.length; i++) {
                results[i] = call(summarize, summarizer, texts[i], lengths[i]);
            }
            return results;
        };
    }

    /** The build's default summarizer. */
    private static Object summarizer(ClassLoader loader) throws ReflectiveOperationException {
        Object builder = loader.loadClass("dev.nutshell.Summarizer").getMethod("builder").invoke(null);
        return builder.getClass().getMethod("build").invoke(builder);
    }

    /** Invokes a method, throwing what it throws. */
    private static Object call(Method method, Object target, Object... arguments) throws ReflectiveOperationException {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** A checksum of the results' text forms (records: every field), computed after the pass's clock has stopped. */
    private static long checksum(Object[] results) {
        long checksum = 0;
        for (Object result : results) {
            checksum = checksum * 31 + result.toString().hashCode();
        }
        return checksum;
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static double median(double[] sortedValues) {
        return sortedValues[sortedValues.length / 2];
    }
}
