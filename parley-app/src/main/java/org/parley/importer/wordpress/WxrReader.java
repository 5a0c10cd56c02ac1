package org.parley.importer.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.parley.importer.ImportRefused;
import org.parley.importer.SafeXml;

/**
 * Streams the posts of a WordPress export (WXR, an RSS file with {@code wp:} elements) one {@code <item>} at a
 * time with its comments, through {@link SafeXml} (no DTD, no external entities).
 */
final class WxrReader {

    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path file;
    private final String name;

    WxrReader(Path file) {
        this.file = file;
        this.name = file.getFileName().toString();
    }

    /** Calls {@code out} with each item; returns how many there were. */
    int posts(Consumer<WxrPost> out) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SafeXml.open(in);
            int count = 0;
            boolean rss = false;
            try {
                while (xml.hasNext()) {
                    int event = SafeXml.next(xml, name);
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (!rss && !"rss".equals(xml.getLocalName())) {
                        throw refused(xml.getLocation().getLineNumber(), "this is not a WordPress export (WXR): it starts"
                                + " with <" + xml.getLocalName() + ">, not <rss>");
                    }
                    rss = true;
                    if ("item".equals(xml.getLocalName())) {
                        out.accept(item(xml));
                        count++;
                    }
                }
            } finally {
                xml.close();
            }
            return count;
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(name, e);
        } catch (IOException e) {
            throw new ImportRefused(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private WxrPost item(XMLStreamReader xml) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        Map<String, String> fields = new HashMap<>();
        List<String> tags = new ArrayList<>();
        List<WxrComment> comments = new ArrayList<>();
        while (true) {
            int event = SafeXml.next(xml, name);
            if (event == XMLStreamConstants.END_ELEMENT && "item".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            if ("comment".equals(element)) {
                comments.add(comment(xml));
            } else if ("category".equals(element)) {
                String nicename = xml.getAttributeValue(null, "nicename");
                String text = xml.getElementText();
                tags.add(nicename != null ? nicename : text);
            } else {
                fields.put(element, xml.getElementText());
            }
        }
        long id = number(fields.get("post_id"), "wp:post_id", line);
        return new WxrPost(id, fields.getOrDefault("title", "").strip(), fields.getOrDefault("creator", "").strip(),
                fields.getOrDefault("encoded", ""), time(fields.get("post_date_gmt"), fields.get("post_date"), line),
                fields.getOrDefault("post_type", "post").strip(), fields.getOrDefault("status", "publish").strip(),
                tags, comments, line);
    }

    private WxrComment comment(XMLStreamReader xml) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        Map<String, String> fields = new HashMap<>();
        while (true) {
            int event = SafeXml.next(xml, name);
            if (event == XMLStreamConstants.END_ELEMENT && "comment".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if ("commentmeta".equals(element)) {
                    skip(xml);
                } else {
                    fields.put(element, xml.getElementText());
                }
            }
        }
        String parent = fields.get("comment_parent");
        return new WxrComment(number(fields.get("comment_id"), "wp:comment_id", line),
                fields.getOrDefault("comment_author", "").strip(),
                time(fields.get("comment_date_gmt"), fields.get("comment_date"), line),
                fields.getOrDefault("comment_content", ""), "1".equals(fields.getOrDefault("comment_approved", "1").strip()),
                parent == null || parent.isBlank() ? 0 : number(parent, "wp:comment_parent", line), line);
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private long number(String value, String element, int line) {
        if (value == null || value.isBlank()) {
            throw refused(line, "missing " + element);
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw refused(line, element + " '" + value.strip() + "' is not a number");
        }
    }

    /** GMT time, else the blog's local time (drafts have "0000-00-00 00:00:00" in GMT). */
    private Instant time(String gmt, String local, int line) {
        for (String value : new String[] {gmt, local}) {
            if (value != null && !value.isBlank() && !value.startsWith("0000")) {
                try {
                    return LocalDateTime.parse(value.strip(), WP_TIME).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    throw refused(line, "date '" + value.strip() + "' is not like 2010-01-31 14:05:00");
                }
            }
        }
        throw refused(line, "no date");
    }

    private ImportRefused refused(int line, String problem) {
        return new ImportRefused(name + " line " + line + ": " + problem);
    }
}
