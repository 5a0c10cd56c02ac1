package org.parley.importer.stackexchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.parley.importer.ImportRefused;
import org.parley.importer.SafeXml;

/**
 * Streams the {@code <row/>} elements of one dump file with StAX: one row in memory at a time, whatever the
 * file's size. Read through {@link SafeXml}: no DTD, no external entity (XXE).
 */
final class DumpReader {

    private DumpReader() {
    }

    /** Calls {@code out} for each row; returns how many there were. */
    static int rows(Path file, Consumer<DumpRow> out) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SafeXml.open(in);
            int count = 0;
            try {
                while (xml.hasNext()) {
                    int event = SafeXml.next(xml, name);
                    if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                        Map<String, String> attributes = new HashMap<>();
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                        }
                        out.accept(new DumpRow(name, xml.getLocation().getLineNumber(), attributes));
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
}
