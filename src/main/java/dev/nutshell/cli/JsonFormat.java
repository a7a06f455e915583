package dev.nutshell.cli;

import dev.nutshell.extraction.Page;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code --format json}: one JSON document on one line, {@code {"NAME":[{field: value, ...}, ...]}}
 * with every field of every item in order.
 */
final class JsonFormat implements OutputFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(Listing listing, PrintWriter out) {
        JsonWriter json = new JsonWriter().beginObject();
        for (Listing.Field field : listing.about()) {
            member(json, field);
        }
        json.beginArray(listing.name());
        for (Listing.Item item : listing.items()) {
            json.beginObject();
            for (Listing.Field field : item.fields()) {
                member(json, field);
            }
            json.endObject();
        }
        out.print(json.endArray().endObject() + "\n");
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
        if (field.value() instanceof Long number) {
            json.member(field.name(), number);
        } else if (field.value() instanceof Double number) {
            json.member(field.name(), number);
        } else if (field.value() instanceof Optional<?> optional) {
            json.member(field.name(), optional.map(String.class::cast));
        } else {
            json.member(field.name(), (String) field.value());
        }
    }
}
