package dev.nutshell.cli;

import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one way every option reads a number. Java's parsers accept more than a user means to type:
 * {@code Integer.valueOf} takes any Unicode digit ({@code ٥} is 5), and {@code Double.valueOf}
 * takes {@code NaN}, {@code Infinity}, hexadecimal ({@code 0x1p-1}), a type suffix ({@code 0.5d})
 * and surrounding spaces. Here an integer is an optional sign and the ASCII digits 0-9; a decimal
 * is an optional sign, ASCII digits with at most one point, and an optional exponent; so no option
 * takes NaN or an infinity (none has a use for them). Picocli puts the option's name before the
 * message: {@code Invalid value for option '--ratio': 'NaN' is not a finite decimal number such as 0.25}.
 *
 * <p>Thread-safe: stateless.
 */
final class AsciiNumbers {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private AsciiNumbers() {
    }

    /**
     * Makes every {@code int} and {@code double} option of the command and of the subcommands it
     * has so far read numbers this way.
     *
     * @param commandLine the command line, its subcommands already added
     */
    static void register(CommandLine commandLine) {
        ITypeConverter<Integer> integer = AsciiNumbers::integer;
        ITypeConverter<Double> decimal = AsciiNumbers::decimal;
        commandLine.registerConverter(Integer.class, integer).registerConverter(int.class, integer)
                .registerConverter(Double.class, decimal).registerConverter(double.class, decimal);
    }

    /**
     * @param value what the user typed
     * @return the integer
     * @throws TypeConversionException if it is not an integer of ASCII digits within the int range
     */
    static int integer(String value) {
        if (!INTEGER.matcher(value).matches()) {
            throw new TypeConversionException("'" + value + "' is not an integer written with the digits 0-9");
        }
        // Past ten significant digits it is out of range whatever they are; Long.parseLong would fail on many.
        String digits = value.replaceFirst("^[+-]?0*", "");
        long parsed = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(value);
        if (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
            throw new TypeConversionException("'" + value + "' is not an integer from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE);
        }
        return (int) parsed;
    }

    /**
     * @param value what the user typed
     * @return the number, finite
     * @throws TypeConversionException if it is not a plain decimal number, or too large for a double
     */
    static double decimal(String value) {
        double parsed = DECIMAL.matcher(value).matches() ? Double.parseDouble(value) : Double.NaN;
        if (!Double.isFinite(parsed)) {
            throw new TypeConversionException("'" + value + "' is not a finite decimal number such as 0.25");
        }
        return parsed;
    }
}
