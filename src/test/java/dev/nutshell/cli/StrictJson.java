package dev.nutshell.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader for the tests, so that they check the command line's output the way a
 * script's JSON parser would, not with string matching. It rejects what RFC 8259 rejects that
 * matters here: raw control characters in strings, bad escapes, trailing text.
 *
 * <p>Objects become {@link LinkedHashMap}s, arrays {@link List}s, numbers {@link Double}s.
 */
final class StrictJson {
    private final String json;
    private int position;

    private StrictJson(String json) {
        this.json = json;
    }

    /** @return the value of the document, which must be exactly one JSON value */
    static Object parse(String json) {
        StrictJson reader = new StrictJson(json);
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.position != json.length()) {
            throw reader.error("trailing text");
        }
        return value;
    }

    private Object value() {
        skipWhitespace();
        if (position >= json.length()) {
            throw error("unexpected end");
        }
        char c = json.charAt(position);
        if (c == '{') {
            return object();
        } else if (c == '[') {
            return array();
        } else if (c == '"') {
            return string();
        } else if (json.startsWith("true", position) || json.startsWith("false", position) || json.startsWith("null", position)) {
            return literal();
        }
        return number();
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return object;
        }
        do {
            skipWhitespace();
            String name = string();
            skipWhitespace();
            expect(':');
            if (object.put(name, value()) != null) {
                throw error("duplicate member " + name);
            }
            skipWhitespace();
        } while (tryConsume(','));
        expect('}');
        return object;
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return array;
        }
        do {
            array.add(value());
            skipWhitespace();
        } while (tryConsume(','));
        expect(']');
        return array;
    }

    private String string() {
        expect('"');
        StringBuilder string = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return string.toString();
            } else if (c < 0x20) {
                throw error("raw control character in string");
            } else if (c == '\\') {
                string.append(escape(next()));
            } else {
                string.append(c);
            }
        }
    }

    private char escape(char c) {
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (position + 4 > json.length()) {
                    throw error("short \\u escape");
                }
                int code = Integer.parseInt(json.substring(position, position + 4), 16);
                position += 4;
                return (char) code;
            default:
                throw error("bad escape \\" + c);
        }
    }

    private Double number() {
        int start = position;
        while (position < json.length() && "+-0123456789.eE".indexOf(json.charAt(position)) >= 0) {
            position++;
        }
        String number = json.substring(start, position);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw error("bad number '" + number + "'");
        }
        return Double.valueOf(number);
    }

    private Object literal() {
        for (String word : new String[] {"true", "false", "null"}) {
            if (json.startsWith(word, position)) {
                position += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw error("bad literal");
    }

    private void skipWhitespace() {
        while (position < json.length() && " \t\r\n".indexOf(json.charAt(position)) >= 0) {
            position++;
        }
    }

    private char peek() {
        return position < json.length() ? json.charAt(position) : '\0';
    }

    private char next() {
        if (position >= json.length()) {
            throw error("unexpected end");
        }
        return json.charAt(position++);
    }

    private boolean tryConsume(char c) {
        if (peek() == c) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at " + position + " in " + json);
    }
}
