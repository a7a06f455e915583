package dev.nutshell.cli;

import dev.nutshell.extraction.Page;
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

    /** The main text as it is: paragraphs separated by a blank line, and a final line break. */
    @Override
    public void write(Page page, PrintWriter out) {
        if (!page.isEmpty()) {
            out.print(page.text() + "\n");
        }
    }
}
