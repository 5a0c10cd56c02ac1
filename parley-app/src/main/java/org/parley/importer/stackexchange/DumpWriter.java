package org.parley.importer.stackexchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes one dump file: a root element with one {@code <row .../>} per line, as Stack Exchange does.
 *
 * <p>Written by hand rather than with {@code XMLStreamWriter}, which leaves line breaks in attribute values
 * as they are: a reader then normalises them to spaces (XML attribute-value normalisation) and every code
 * block loses its lines. Here they are written as {@code &#10;}, as the real dumps do.
 */
final class DumpWriter implements AutoCloseable {

    private static final DateTimeFormatter DUMP_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final Path file;
    private final String rootElement;
    private final Writer out;

    DumpWriter(Path file, String rootElement) {
        this.file = file;
        this.rootElement = rootElement;
        try {
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<" + rootElement + ">\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A row; null values are left out, as the dumps leave out absent attributes. */
    void row(Map<String, Object> attributes) {
        StringBuilder row = new StringBuilder("  <row");
        for (Map.Entry<String, Object> a : attributes.entrySet()) {
            Object v = a.getValue();
            if (v != null) {
                row.append(' ').append(a.getKey()).append("=\"")
                        .append(escaped(v instanceof Instant t ? DUMP_TIME.format(t) : v.toString())).append('"');
            }
        }
        try {
            out.write(row.append(" />\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> attributes(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Attribute text: markup and line breaks as references; characters XML 1.0 cannot hold become U+FFFD. */
    static String escaped(String value) {
        StringBuilder b = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> b.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        try (out) {
            out.write("</" + rootElement + ">\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + file + ": " + e.getMessage(), e);
        }
    }
}
