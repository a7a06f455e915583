package dev.nutshell.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a command prints: a list of items (the chosen sentences, the segments of a text) under a
 * name, each item with its fields in order, one of them its {@code text}. Commands decide what is in
 * a listing; an {@link OutputFormat} decides how it looks, so that a new format is one class that
 * every command can print with.
 *
 * @param name what the items are, e.g. {@code sentences}: the JSON member that holds them
 * @param items the items in document order
 * @param about fields about the whole document (its headline), printed after the items by formats
 *     that print them; a field's value may be null for "unknown"
 * @param more further listings of the same document (the keyphrases beside a summary's
 *     sentences): JSON prints each as a member after the fields about the document; text prints
 *     this listing's items alone
 */
record Listing(String name, List<Item> items, List<Field> about, List<Listing> more) {

    Listing {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        about = List.copyOf(about);
        more = List.copyOf(more);
    }

    /** A listing alone in its document, with nothing about the document. */
    Listing(String name, List<Item> items) {
        this(name, items, List.of(), List.of());
    }

    /** A listing with fields about the document, and no further listing. */
    Listing(String name, List<Item> items, List<Field> about) {
        this(name, items, about, List.of());
    }

    /** @return this listing followed by {@code next} in the same document */
    Listing followedBy(Listing next) {
        List<Listing> listings = new ArrayList<>(more);
        listings.add(next);
        return new Listing(name, items, about, listings);
    }

    /**
     * One field of an item.
     *
     * @param name the field's name, as the JSON contract spells it
     * @param value a {@link Long}, a {@link Double}, a {@link String}, or a {@link List} of
     *     {@link Item}s (a nested array of objects); null only in {@link Listing#about()}, for a
     *     value that is unknown
     */
    record Field(String name, Object value) {
    }

    /** One item: its fields in the order they print, built with the {@code with} methods. */
    static final class Item {
        static final String TEXT = "text";

        private final List<Field> fields = new ArrayList<>();

        Item with(String name, long value) {
            fields.add(new Field(name, value));
            return this;
        }

        Item with(String name, double value) {
            fields.add(new Field(name, value));
            return this;
        }

        Item with(String name, List<Item> items) {
            fields.add(new Field(name, List.copyOf(items)));
            return this;
        }

        Item with(String name, String value) {
            fields.add(new Field(name, Objects.requireNonNull(value, name)));
            return this;
        }

        /** @return the fields in order */
        List<Field> fields() {
            return List.copyOf(fields);
        }

        /** @return the item's {@value #TEXT} field, verbatim */
        String text() {
            for (Field field : fields) {
                if (field.name().equals(TEXT)) {
                    return (String) field.value();
                }
            }
            throw new IllegalStateException("an item without a " + TEXT + " field: " + fields);
        }
    }
}
