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
        JsonWriter json = new JsonWriter().beginObject();
        writeArray(json, listing);
        out.print(json.endObject() + "\n");
    }

    /**
     * Writes the listing as a member of the enclosing object: {@code "NAME":[{field: value, ...}, ...]},
     * as this format prints it, for documents that hold more than the listing ({@code batch}).
     *
     * @param json a writer inside an object
     * @param listing the items
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
