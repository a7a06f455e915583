package dev.nutshell.cli;

import java.io.PrintWriter;

/**
 * {@code --format text}: one item per line, its text with its own line breaks turned into spaces,
 * so that scripts can count, cut and number sentences with line-based tools. Other fields are left
 * out.
 */
final class TextFormat implements OutputFormat {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(Listing listing, PrintWriter out) {
        for (Listing.Item item : listing.items()) {
            out.print(TextOutput.singleLine(item.text()) + "\n");
        }
    }
}
