package dev.nutshell.cli;

import dev.nutshell.extraction.Page;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code --format json}: one JSON document on one line, {@code {"NAME":[{field: value, ...}, ...]}}
 * with every field of every item in order, then the listing's fields about the whole document
 * ({@code "headline"}), {@code null} where unknown, then a member for each further listing; a
 * field that holds items is a nested array of objects.
 */
final class JsonFormat implements OutputFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(Listing listing, PrintWriter out) {
        JsonWriter json = new JsonWriter().beginObject();
        array(json, listing.name(), listing.items());
        for (Listing.Field field : listing.about()) {
            member(json, field);
        }
        for (Listing next : listing.more()) {
            array(json, next.name(), next.items());
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
        array(json, listing.name(), listing.items());
    }

    private static void array(JsonWriter json, String name, List<Listing.Item> items) {
        json.beginArray(name);
        for (Listing.Item item : items) {
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

    @SuppressWarnings("unchecked") // Listing.Field holds lists of items only
    private static void member(JsonWriter json, Listing.Field field) {
        if (field.value() == null) {
            json.nullMember(field.name());
        } else if (field.value() instanceof List<?> items) {
            array(json, field.name(), (List<Listing.Item>) items);
        } else if (field.value() instanceof Long number) {
            json.member(field.name(), number);
        } else if (field.value() instanceof Double number) {
            json.member(field.name(), number);
        } else {
            json.member(field.name(), (String) field.value());
        }
    }
}
