package org.parley.bench;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One dump file written with a StAX writer as it goes: a root element and one {@code <row .../>} per line, as
 * Stack Exchange writes them. Nothing but the current row is held in memory.
 *
 * <p>A StAX writer leaves line breaks and tabs in attribute values as they are, and a reader then normalises them
 * to spaces (XML attribute-value normalisation), so every code block and stack trace would lose its lines. Real
 * dumps write them as character references ({@code &#xA;}). Here each one is handed to the writer as a
 * private-use character that generated text never holds, and the output filter below turns it into the
 * reference.
 */
final class DumpXml implements AutoCloseable {

    static final DateTimeFormatter DUMP_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private static final char LF = '\uE00A';
    private static final char CR = '\uE00D';
    private static final char TAB = '\uE009';
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final Path file;
    private final Writer out;
    private final XMLStreamWriter xml;
    private long rows;

    DumpXml(Path file, String rootElement) {
        this.file = file;
        try {
            this.out = new CharacterReferences(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            this.xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(rootElement);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A row from name, value pairs; null values are left out, as the dumps leave out absent attributes. */
    void row(Object... pairs) {
        try {
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("row");
            for (int i = 0; i < pairs.length; i += 2) {
                Object v = pairs[i + 1];
                if (v != null) {
                    xml.writeAttribute((String) pairs[i], attribute(v instanceof Instant t ? DUMP_TIME.format(t) : v.toString()));
                }
            }
            rows++;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    long rows() {
        return rows;
    }

    /** Line breaks and tabs as placeholders for the filter; characters XML 1.0 cannot hold become U+FFFD. */
    static String attribute(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char replacement = switch (c) {
                case '\n' -> LF;
                case '\r' -> CR;
                case '\t' -> TAB;
                case LF, CR, TAB, '\uFFFE', '\uFFFF' -> '\uFFFD';
                default -> c < 0x20 ? '\uFFFD' : c;
            };
            if (replacement != c && b == null) {
                b = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (b != null) {
                b.append(replacement);
            }
        }
        return b == null ? value : b.toString();
    }

    @Override
    public void close() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot finish " + file + ": " + e.getMessage(), e);
        }
    }

    /** Turns the placeholders back into {@code &#10;}, {@code &#13;} and {@code &#9;} on the way out. */
    private static final class CharacterReferences extends FilterWriter {

        CharacterReferences(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            switch (c) {
                case LF -> out.write("&#10;");
                case CR -> out.write("&#13;");
                case TAB -> out.write("&#9;");
                default -> out.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            int start = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = buffer[i];
                if (c == LF || c == CR || c == TAB) {
                    out.write(buffer, start, i - start);
                    write(c);
                    start = i + 1;
                }
            }
            out.write(buffer, start, end - start);
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            int start = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = s.charAt(i);
                if (c == LF || c == CR || c == TAB) {
                    out.write(s, start, i - start);
                    write(c);
                    start = i + 1;
                }
            }
            out.write(s, start, end - start);
        }
    }
}
