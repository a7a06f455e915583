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
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Compares builds of Nutshell in one JVM: each build's classes in a class loader of its own, whole
 * passes over a dev set alternating between them, each pass timed by the thread's CPU time. On a
 * shared machine, where the load moves between two JMH runs minutes apart, this pairing is what
 * separates builds a few percent apart: each pass of a build is compared with the pass of the
 * first build in the same round. Each round starts one build further along, so that every build
 * runs first, second and so on equally often. The first third of the passes is left out as warm-up.
 *
 * <p>Resolution: the same classes against a copy of themselves gave ratios from 0.94 to 1.05 in
 * single runs of 45 to 60 passes (each copy compiled by the JIT on its own), so a difference of a
 * few percent needs several runs, in both orders, before it means anything.
 *
 * <p>Run, for example to compare the classes of main with those of a branch:
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.nutshell.benchmarks.PairedPasses \
 *     --task keyphrases --passes 30 /tmp/before/classes target/classes
 * }</pre>
 * Each build is a directory of classes ({@code target/classes} copied aside) or a library jar.
 * Tasks:
 * <ul>
 *   <li>{@code keyphrases}: {@code keyphrases(article, 10)} on the analysed CNN/DM dev articles
 *       ({@code KeyphraseBenchmark.tagAndRank}'s work);</li>
 *   <li>{@code summaries}: the default {@code summarize} of the BBC dev articles' raw text with the
 *       reference's number of sentences ({@code RatioBenchmark}'s {@code bbc-raw});</li>
 *   <li>{@code analysis}: {@code analyzer().analyze(text)} of the same BBC texts, the analysis
 *       alone (blocks, sentences, layout, terms, the article), without scoring or selection;</li>
 *   <li>{@code presplit}: {@code analyzer().analyze(sentences)} of the CNN/DM dev articles'
 *       {@code article_sentences} ({@code RatioBenchmark}'s {@code cnndm-presplit}).</li>
 * </ul>
 * Prints per build the median milliseconds per document with the quartiles, a checksum of every
 * result (equal checksums: the same output), and the paired ratio of each build's time to the
 * first's.
 *
 * <p>With {@code --detector}, each round also has a pass of OpenNLP's bare sentence detector
 * ({@code SentenceDetectorME.sentPosDetect}, the model Nutshell bundles) over the text each
 * document gives Nutshell (the article; for {@code presplit} its sentences joined with {@code
 * "\n"}, the string Nutshell analyses), and each build's throughput is also given as a fraction
 * of the detector's, paired round by round: issue 16's ratio, which {@code RatioBenchmark} takes
 * from two JMH benchmarks minutes apart and so from two different loads of a shared machine.
 *
 * <p>With {@code --least-work} (tasks {@code summaries} and {@code analysis}), each round also
 * times {@link LeastWorkSummarizer} over the same BBC texts, twice: its words and sentences alone
 * ({@code least-work-terms}), then its whole summaries with the reference's number of sentences
 * ({@code least-work-summaries}): what a summarizer that does the least possible costs next to the
 * detector on this machine, the yardstick for issue 16's goal.
 *
 * <p>Needs the data, as {@link DevSetBenchmark} does.
 */
public final class PairedPasses {
    private static final List<String> TASKS = List.of("keyphrases", "summaries", "analysis", "presplit");

    private PairedPasses() {
    }

    /** One build's work: a pass over the documents, returning the results. */
    private interface Pass {
        Object[] run() throws ReflectiveOperationException;
    }

    /**
     * @param arguments {@code [--task keyphrases|summaries|analysis|presplit] [--passes N] [--detector]
     *     [--least-work] BUILD...}
     * @throws Exception if a build cannot be loaded or a call fails
     */
    public static void main(String[] arguments) throws Exception {
        String task = "keyphrases";
        int passes = 30;
        boolean withDetector = false;
        boolean leastWork = false;
        List<Path> builds = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].equals("--task") && i + 1 < arguments.length) {
                task = arguments[++i];
            } else if (arguments[i].equals("--passes") && i + 1 < arguments.length) {
                passes = Integer.parseInt(arguments[++i]);
            } else if (arguments[i].equals("--detector")) {
                withDetector = true;
            } else if (arguments[i].equals("--least-work")) {
                leastWork = true;
            } else {
                builds.add(Path.of(arguments[i]));
            }
        }
        boolean cnnDailyMail = task.equals("keyphrases") || task.equals("presplit");
        if (builds.isEmpty() || passes < 3 || !TASKS.contains(task) || leastWork && cnnDailyMail
                || builds.stream().anyMatch(build -> !Files.exists(build))) {
            System.err.println("usage: PairedPasses [--task keyphrases|summaries|analysis|presplit] [--passes N >= 3]"
                    + " [--detector] [--least-work (summaries, analysis)] BUILD...");
            System.exit(2);
        }
        List<JsonNode> records = records(cnnDailyMail ? "cnndm-dev.jsonl" : "bbc-dev.jsonl");
        List<Pass> work = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path build : builds) {
            names.add(build.toString());
            ClassLoader loader = loader(build);
            work.add(switch (task) {
                case "keyphrases" -> keyphrases(loader, records);
                case "summaries" -> summaries(loader, records);
                default -> analyses(loader, records, task.equals("presplit"));
            });
        }
        if (leastWork) {
            names.add("least-work-terms");
            work.add(leastWork(records, false));
            names.add("least-work-summaries");
            work.add(leastWork(records, true));
        }
        Pass detector = withDetector ? detector(records, task.equals("presplit") ? PairedPasses::joinedSentences
                : record -> record.get("article").asText()) : null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] milliseconds = new double[work.size()][passes];
        double[] detectorMilliseconds = new double[passes];
        long[] checksums = new long[work.size()];
        long detectedSentences = 0;
        // Each round starts one place further along the builds (the detector, if any, first among
        // them), so that no build always runs right after the same other one, whose garbage and
        // cache contents it would always inherit.
        int places = work.size() + (detector != null ? 1 : 0);
        for (int pass = 0; pass < passes; pass++) {
            for (int place = 0; place < places; place++) {
                int item = (pass + place) % places;
                if (detector != null && item == 0) {
                    long start = threads.getCurrentThreadCpuTime();
                    Object[] spans = detector.run();
                    detectorMilliseconds[pass] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / records.size();
                    detectedSentences = Arrays.stream(spans).mapToLong(found -> ((Span[]) found).length).sum();
                    continue;
                }
                int build = detector != null ? item - 1 : item;
                long start = threads.getCurrentThreadCpuTime();
                Object[] results = work.get(build).run();
                milliseconds[build][pass] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / records.size();
                if (pass == passes - 1) {
                    checksums[build] = checksum(results);
                }
            }
        }
        int warmUp = passes / 3;
        if (detector != null) {
            double[] kept = sorted(Arrays.copyOfRange(detectorMilliseconds, warmUp, passes));
            System.out.printf(Locale.ROOT, "detector: median %.4f ms a document (quartiles %.4f to %.4f), %d sentences a pass%n",
                    median(kept), kept[kept.length / 4], kept[kept.length * 3 / 4], detectedSentences);
        }
        for (int build = 0; build < work.size(); build++) {
            double[] kept = sorted(Arrays.copyOfRange(milliseconds[build], warmUp, passes));
            System.out.printf(Locale.ROOT, "%s: median %.3f ms a document (quartiles %.3f to %.3f), checksum %016x%n",
                    names.get(build), median(kept), kept[kept.length / 4], kept[kept.length * 3 / 4], checksums[build]);
        }
        for (int build = 1; build < work.size(); build++) {
            double[] ratios = pairedRatios(milliseconds[build], milliseconds[0], warmUp);
            System.out.printf(Locale.ROOT, "%s / %s: paired ratio of time %.3f (quartiles %.3f to %.3f), %d passes%n",
                    names.get(build), names.get(0), median(ratios), ratios[ratios.length / 4],
                    ratios[ratios.length * 3 / 4], ratios.length);
        }
        if (detector != null) {
            for (int build = 0; build < work.size(); build++) {
                // Throughput over the detector's: the detector's time over the build's.
                double[] ratios = pairedRatios(detectorMilliseconds, milliseconds[build], warmUp);
                System.out.printf(Locale.ROOT, "%s: docs/s as a fraction of the detector's %.3f (quartiles %.3f to %.3f), %d passes%n",
                        names.get(build), median(ratios), ratios[ratios.length / 4], ratios[ratios.length * 3 / 4],
                        ratios.length);
            }
        }
    }

    /** Per pass after the warm-up, {@code numerator[pass] / denominator[pass]}, sorted. */
    private static double[] pairedRatios(double[] numerator, double[] denominator, int warmUp) {
        double[] ratios = new double[numerator.length - warmUp];
        for (int pass = warmUp; pass < numerator.length; pass++) {
            ratios[pass - warmUp] = numerator[pass] / denominator[pass];
        }
        return sorted(ratios);
    }

    /** A record's {@code article_sentences} joined with {@code "\n"}: the text Nutshell analyses for them. */
    private static String joinedSentences(JsonNode record) {
        return String.join("\n", sentences(record));
    }

    private static List<String> sentences(JsonNode record) {
        List<String> sentences = new ArrayList<>();
        record.get("article_sentences").forEach(sentence -> sentences.add(sentence.asText()));
        return List.copyOf(sentences);
    }

    /** OpenNLP's bare sentence detector, with the model Nutshell bundles, over each record's text. */
    private static Pass detector(List<JsonNode> records, Function<JsonNode, String> text) throws IOException {
        SentenceDetectorME detector;
        try (var in = PairedPasses.class.getClassLoader().getResourceAsStream(RatioBenchmark.SENTENCE_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + RatioBenchmark.SENTENCE_MODEL + " not on the classpath");
            }
            detector = new SentenceDetectorME(new SentenceModel(in));
        }
        String[] texts = records.stream().map(text).toArray(String[]::new);
        return () -> {
            Object[] results = new Object[texts.length];
            for (int i = 0; i < texts.length; i++) {
                results[i] = detector.sentPosDetect(texts[i]);
            }
            return results;
        };
    }

    /**
     * {@link LeastWorkSummarizer} over each record's {@code article}: its whole summary with the
     * reference's number of sentences, or only its words and sentences ({@link LeastWorkSummarizer#sentences}).
     */
    private static Pass leastWork(List<JsonNode> records, boolean wholeSummaries) {
        LeastWorkSummarizer summarizer = new LeastWorkSummarizer();
        String[] texts = records.stream().map(record -> record.get("article").asText()).toArray(String[]::new);
        int[] lengths = records.stream().mapToInt(record -> Math.max(1, record.get("summary_sentences").size())).toArray();
        return () -> {
            Object[] results = new Object[texts.length];
            for (int i = 0; i < texts.length; i++) {
                results[i] = wholeSummaries ? summarizer.summarize(texts[i], lengths[i]) : summarizer.sentences(texts[i]);
            }
            return results;
        };
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

    /**
     * The analysis alone of each record: {@code analyzer().analyze(text)} of its {@code article},
     * or with {@code presplit} {@code analyzer().analyze(sentences)} of its {@code article_sentences}.
     */
    private static Pass analyses(ClassLoader loader, List<JsonNode> records, boolean presplit)
            throws ReflectiveOperationException {
        Object summarizer = summarizer(loader);
        Object analyzer = summarizer.getClass().getMethod("analyzer").invoke(summarizer);
        Method analyze = loader.loadClass("dev.nutshell.text.TextAnalyzer").getMethod("analyze",
                presplit ? List.class : String.class);
        Object[] inputs = records.stream()
                .map(record -> presplit ? sentences(record) : record.get("article").asText())
                .toArray();
        return () -> {
            Object[] results = new Object[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                results[i] = call(analyze, analyzer, inputs[i]);
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

    /**
     * A checksum of the results' text forms (records: every field; an article: its sentences with
     * their spans, word counts and term ids, its lines and its vocabulary; an {@code int[]}: its
     * values), computed after the last pass, so that no pass times the making of the text.
     */
    private static long checksum(Object[] results) throws ReflectiveOperationException {
        long checksum = 0;
        for (Object result : results) {
            String text = result instanceof int[] indices ? Arrays.toString(indices)
                    : result.getClass().getName().equals("dev.nutshell.article.Article") ? articleText(result)
                    : result.toString();
            checksum = checksum * 31 + text.hashCode();
        }
        return checksum;
    }

    /** What an analysed article holds, as text: {@code Article} has no text form of its own. */
    private static String articleText(Object article) throws ReflectiveOperationException {
        Class<?> articleClass = article.getClass();
        StringBuilder text = new StringBuilder();
        for (Object sentence : (List<?>) articleClass.getMethod("sentences").invoke(article)) {
            Class<?> sentenceClass = sentence.getClass();
            text.append(sentence).append(' ').append(sentenceClass.getMethod("wordCount").invoke(sentence)).append(':');
            int terms = (int) sentenceClass.getMethod("termCount").invoke(sentence);
            Method termAt = sentenceClass.getMethod("termAt", int.class);
            for (int position = 0; position < terms; position++) {
                text.append(' ').append(termAt.invoke(sentence, position));
            }
            text.append('\n');
        }
        text.append(articleClass.getMethod("lines").invoke(article));
        int vocabulary = (int) articleClass.getMethod("vocabularySize").invoke(article);
        Method term = articleClass.getMethod("term", int.class);
        for (int id = 0; id < vocabulary; id++) {
            text.append(' ').append(term.invoke(article, id));
        }
        return text.toString();
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
