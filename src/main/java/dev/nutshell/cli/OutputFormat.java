package dev.nutshell.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** How the commands print their sentences: {@code text} or {@code json}. */
enum OutputFormat {
    /** One sentence per line, its own line breaks turned into spaces. */
    TEXT,
    /** One JSON document with offsets, and scores where there are any. */
    JSON;

    /** @return the name users type, lower case */
    String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Converts the option value, ignoring case as the algorithm names do; a class of its own so that
     * the error lists the lower-case names users type rather than the enum constants.
     */
    static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : values()) {
                if (format.optionValue().equals(value.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "unknown format '" + value + "', expected one of " + String.join(", ", new Names()));
        }
    }

    /** The names users type, for the usage help ({@code ${COMPLETION-CANDIDATES}}) and errors. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (OutputFormat format : values()) {
                names.add(format.optionValue());
            }
            return names.iterator();
        }
    }
}
