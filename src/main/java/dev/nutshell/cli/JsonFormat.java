package dev.nutshell.cli;

import dev.nutshell.extraction.Page;
import java.io.PrintWriter;

/**
 * {@code --format json}: one JSON document on one line, {@code {"NAME":[{field: value, ...}, ...]}}
 * with every field of every item in order, then the listing's fields about the whole document
 * ({@code "headline"}), {@code null} where unknown.
 */
final class JsonFormat implements OutputFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(Listing listing, PrintWriter out) {
        JsonWriter json = new JsonWriter().beginObject();
        writeArray(json, listing);
        for (Listing.Field field : listing.about()) {
            member(json, field);
        }
        out.print(json.endObject() + "\n");
    }

    /**
     * Writes the listing's items as a member of the enclosing object, {@code "NAME":[{field: value,
     * ...}, ...]}, as this format prints them: for documents that hold more than a listing ({@code batch}).
     *
     * @param json a writer inside an object
     * @param listing the items; its fields about the whole document are not written
     */
    static void writeArray(JsonWriter json, Listing listing) {
        json.beginArray(listing.name());
        for (Listing.Item item : listing.items()) {
            json.beginObject();
            for (Listing.Field field : item.fields()) {
                member(json, field);
            }
            json.endObject();
        }
        json.endArray();
    }

    /** {@code {"title","byline","published","language","text"}}, each unknown one null. */
    @Override
    public void write(Page page, PrintWriter out) {
        JsonWriter json = new JsonWriter().beginObject()
                .member("title", page.title())
                .member("byline", page.byline())
                .member("published", page.published())
                .member("language", page.language())
                .member("text", page.text());
        out.print(json.endObject() + "\n");
    }

    private static void member(JsonWriter json, Listing.Field field) {
        if (field.value() == null) {
            json.nullMember(field.name());
        } else if (field.value() instanceof Long number) {
            json.member(field.name(), number);
        } else if (field.value() instanceof Double number) {
            json.member(field.name(), number);
        } else {
            json.member(field.name(), (String) field.value());
        }
    }
}
