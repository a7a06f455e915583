package dev.nutshell.text;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Starts SLF4J, through which OpenNLP logs, before Nutshell first uses OpenNLP, so that an
 * application without any SLF4J provider sees no warning about it on stderr.
 *
 * <p>Why: OpenNLP 2.5 creates SLF4J loggers in static initializers of classes that model loading
 * and sentence detection use ({@code GISModelReader}, {@code StringUtil}). When SLF4J 2 starts and
 * finds no provider, it falls back to its no-operation logger and prints three "No SLF4J providers
 * were found" lines on stderr, which a library user would see on the first summary. Nutshell logs
 * nothing itself and imposes no logging backend on its users (SLF4J's advice for libraries), so:
 *
 * <ul>
 *   <li>if the application has an SLF4J provider, has set the system property {@code
 *       slf4j.provider} or {@code slf4j.internal.verbosity}, or has a legacy (SLF4J 1.7) binding
 *       that SLF4J would report as ignored, nothing is done here: SLF4J starts as usual, and the
 *       application's binding controls OpenNLP's logging;
 *   <li>otherwise SLF4J is started here, with {@code slf4j.internal.verbosity=ERROR} set only for
 *       that moment: it takes the same no-operation fallback, without the warning. After that
 *       fallback SLF4J reports nothing more, so no later diagnostic is lost.
 * </ul>
 *
 * <p>With slf4j-api 1.7 on the class path (an application that pins it), nothing is done either.
 *
 * <p>Thread-safe; SLF4J starts once per JVM (per class loader of slf4j-api), so later calls cost a
 * service lookup and nothing else.
 */
final class Slf4jStartup {
    private static final String VERBOSITY = "slf4j.internal.verbosity";
    private static final String PROVIDER = "slf4j.provider";
    private static final String LEGACY_BINDING = "org/slf4j/impl/StaticLoggerBinder.class";

    private Slf4jStartup() {
    }

    /** Starts SLF4J without its "no providers" warning when it has no provider; see the class. */
    static synchronized void startWithoutNoProviderWarning() {
        try {
            if (System.getProperty(VERBOSITY) != null || System.getProperty(PROVIDER) != null) {
                return;
            }
            ClassLoader loader = LoggerFactory.class.getClassLoader();
            if (loader == null) {
                loader = ClassLoader.getSystemClassLoader();
            }
            if (hasProvider(loader) || loader.getResource(LEGACY_BINDING) != null) {
                return;
            }
            System.setProperty(VERBOSITY, "ERROR");
            try {
                LoggerFactory.getILoggerFactory();
            } finally {
                System.clearProperty(VERBOSITY);
            }
        } catch (LinkageError | SecurityException e) {
            // slf4j-api 1.7 (no SLF4JServiceProvider) or a locked-down JVM: leave SLF4J as it is.
        }
    }

    /** Whether SLF4J's own provider lookup would find one, without instantiating any. */
    private static boolean hasProvider(ClassLoader loader) {
        try {
            return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent();
        } catch (ServiceConfigurationError e) {
            return true; // a broken provider declaration: SLF4J reports it as usual
        }
    }
}
