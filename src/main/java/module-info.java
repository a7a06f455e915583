/**
 * Nutshell: extractive summarization. An article in, its key sentences out, verbatim, with
 * character offsets and scores; start with {@link dev.nutshell.Summarizer}.
 *
 * <p>The exported packages are the public API, versioned semantically: {@code dev.nutshell},
 * {@code dev.nutshell.text}, {@code dev.nutshell.article}, {@code dev.nutshell.scoring}, {@code
 * dev.nutshell.selection}, {@code dev.nutshell.keyphrases}, {@code dev.nutshell.evaluation} and
 * {@code dev.nutshell.extraction}.
 * {@code dev.nutshell.internal} and {@code dev.nutshell.cli} are not exported and may change in any
 * release.
 *
 * <p>Run-time dependencies: Apache OpenNLP ({@code org.apache.opennlp.tools}, an automatic module)
 * with its English sentence and part-of-speech models (jars of resources only, which need no {@code requires}: every
 * automatic module on the module path is resolved with OpenNLP), the SLF4J API without a backend,
 * and jsoup ({@code org.jsoup}, HTML parsing for {@code dev.nutshell.extraction}). picocli is
 * needed by the command line only, hence {@code requires static}; so are Jackson (reading JSON
 * Lines), Apache Commons Math (the statistics of {@code compare} and the optimizer of {@code tune},
 * used only by {@code dev.nutshell.cli} and the unexported {@code
 * dev.nutshell.evaluation.significance}, which summarizing never loads) and {@code java.net.http}
 * (the command line's {@code --url}: the library never touches the network).
 *
 * @since 0.1.0
 */
@SuppressWarnings("requires-automatic") // OpenNLP 2.5 has a stable Automatic-Module-Name, no module-info
module dev.nutshell {
    requires org.apache.opennlp.tools;
    requires org.slf4j;
    requires org.jsoup;
    requires static info.picocli;
    // The command line's JSON Lines reading; optional like picocli, so module users never need it.
    requires static com.fasterxml.jackson.core;
    requires static com.fasterxml.jackson.databind;
    // The command line's --url only: the library never touches the network.
    requires static java.net.http;
    // compare's statistics and tune's optimizer; commons-math3 3.6.1 has no Automatic-Module-Name,
    // so its module name comes from the jar's file name.
    requires static commons.math3;

    exports dev.nutshell;
    exports dev.nutshell.article;
    exports dev.nutshell.evaluation;
    exports dev.nutshell.extraction;
    exports dev.nutshell.keyphrases;
    exports dev.nutshell.scoring;
    exports dev.nutshell.selection;
    exports dev.nutshell.text;

    // picocli reads the commands' annotated fields reflectively.
    opens dev.nutshell.cli to info.picocli;

    // Slf4jStartup looks for SLF4J providers as SLF4J itself does.
    uses org.slf4j.spi.SLF4JServiceProvider;
}
