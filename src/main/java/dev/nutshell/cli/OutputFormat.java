package dev.nutshell.cli;

import dev.nutshell.extraction.Page;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * How a command prints what it found ({@code --format}): one class per format, listed in {@link
 * #ALL}. Adding a format is adding a class here and to that list; every command with a
 * {@code --format} option can then print with it, and its help lists it.
 */
interface OutputFormat {
    /** Every format, in the order the help lists them; the first is the default. */
    List<OutputFormat> ALL = List.of(new TextFormat(), new JsonFormat());

    /** @return the name users type, lower case */
    String name();

    /**
     * Prints the listing.
     *
     * @param listing what to print
     * @param out where to print it
     */
    void write(Listing listing, PrintWriter out);

    /**
     * Prints the main text of an HTML page ({@code nutshell extract}).
     *
     * @param page the extracted page
     * @param out where to print it
     */
    void write(Page page, PrintWriter out);

    /**
     * Converts the option value, ignoring case as the algorithm names do; the error lists the
     * names users type.
     */
    final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : ALL) {
                if (format.name().equals(value.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "unknown format '" + value + "', expected one of " + String.join(", ", new Names()));
        }
    }

    /** The names users type, for the usage help ({@code ${COMPLETION-CANDIDATES}}) and errors. */
    final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ALL.stream().map(OutputFormat::name).iterator();
        }
    }
}
