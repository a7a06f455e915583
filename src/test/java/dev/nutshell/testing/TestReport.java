package dev.nutshell.testing;

/**
 * Figures that a test measures on the way (a corpus's accuracy, say) and that a developer may want
 * to read: printed only when asked for with {@code -D}{@value #PROPERTY}{@code =true}, so that
 * {@code mvn -B verify} stays quiet.
 */
public final class TestReport {
    /** The system property that turns the reports on. */
    public static final String PROPERTY = "nutshell.test.report";

    private TestReport() {
    }

    /** @param line printed on standard output when reports are on */
    public static void print(String line) {
        if (Boolean.getBoolean(PROPERTY)) {
            System.out.println(line);
        }
    }
}
