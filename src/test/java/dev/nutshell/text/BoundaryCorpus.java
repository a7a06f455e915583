package dev.nutshell.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence-boundary test corpus ({@code boundary-cases.txt} beside this class): cases of input
 * text with their expected segments. The file documents its format in its header.
 */
final class BoundaryCorpus {

    /** One expected segment: its text (whitespace not yet normalised) and kind. */
    record Expected(String text, TextSegment.Kind kind) {
    }

    /** One case: a name, the input text and the expected segments in order. */
    record Case(String name, int line, String text, List<Expected> expected) {
        @Override
        public String toString() {
            return name + " (line " + line + ")";
        }
    }

    static final String RESOURCE = "boundary-cases.txt";
    private static final String LINE_PREFIX = "LINE:";

    private BoundaryCorpus() {
    }

    static List<Case> load() {
        try (InputStream in = BoundaryCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the test classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> parse(List<String> lines) {
        List<Case> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("===")) {
            i++;
        }
        while (i < lines.size()) {
            String name = lines.get(i).substring(3).strip();
            int caseLine = i + 1;
            if (name.isEmpty()) {
                throw new IllegalArgumentException("case without a name at line " + caseLine);
            }
            i++;
            List<String> input = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).equals("---")) {
                if (lines.get(i).startsWith("===")) {
                    throw new IllegalArgumentException("case '" + name + "' lacks its --- line");
                }
                if (!lines.get(i).startsWith("#")) {
                    input.add(lines.get(i));
                }
                i++;
            }
            if (i >= lines.size()) {
                throw new IllegalArgumentException("case '" + name + "' lacks its --- line");
            }
            i++;
            List<Expected> expected = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("===")) {
                String line = lines.get(i);
                i++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith(LINE_PREFIX)) {
                    expected.add(new Expected(unescape(line.substring(LINE_PREFIX.length()).strip()), TextSegment.Kind.LINE));
                } else {
                    expected.add(new Expected(unescape(line), TextSegment.Kind.SENTENCE));
                }
            }
            while (!input.isEmpty() && input.get(0).isEmpty()) {
                input.remove(0);
            }
            while (!input.isEmpty() && input.get(input.size() - 1).isEmpty()) {
                input.remove(input.size() - 1);
            }
            List<String> unescaped = input.stream().map(BoundaryCorpus::unescape).toList();
            cases.add(new Case(name, caseLine, String.join("\n", unescaped), List.copyOf(expected)));
        }
        return cases;
    }

    /** Resolves the escapes \t \r \n \\uXXXX \\\\ \# described in the corpus header. */
    static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 >= line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case '\\' -> out.append('\\');
                case '#' -> out.append('#');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in: " + line);
            }
        }
        return out.toString();
    }

    /** Collapses every run of whitespace (no-break spaces included) to one space and trims. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Characters.isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
