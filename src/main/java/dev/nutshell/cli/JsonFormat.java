package dev.nutshell.cli;

import java.io.PrintWriter;

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
        JsonWriter json = new JsonWriter().beginObject().beginArray(listing.name());
        for (Listing.Item item : listing.items()) {
            json.beginObject();
            for (Listing.Field field : item.fields()) {
                member(json, field);
            }
            json.endObject();
        }
        out.print(json.endArray().endObject() + "\n");
    }

    private static void member(JsonWriter json, Listing.Field field) {
        if (field.value() instanceof Long number) {
            json.member(field.name(), number);
        } else if (field.value() instanceof Double number) {
            json.member(field.name(), number);
        } else {
            json.member(field.name(), (String) field.value());
        }
    }
}
