package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * {@link Slf4jStartup} where a provider exists (the tests have slf4j-nop, the command line's
 * binding). The case without any provider, which prints nothing on stderr, is checked end to end
 * by {@code examples/consumer}, whose class path has no provider.
 */
class Slf4jStartupTest {
    private static final String VERBOSITY = "slf4j.internal.verbosity";

    @Test
    void leavesNoSystemPropertyBehind() {
        Slf4jStartup.startWithoutNoProviderWarning();
        assertNull(System.getProperty(VERBOSITY));
        assertNull(System.getProperty("slf4j.provider"));
    }

    @Test
    void applicationsOwnVerbosityIsLeftAlone() {
        System.setProperty(VERBOSITY, "INFO");
        try {
            Slf4jStartup.startWithoutNoProviderWarning();
            assertEquals("INFO", System.getProperty(VERBOSITY));
        } finally {
            System.clearProperty(VERBOSITY);
        }
    }
}
