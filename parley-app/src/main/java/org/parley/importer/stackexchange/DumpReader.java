package org.parley.importer.stackexchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.parley.importer.ImportRefused;

/**
 * Streams the {@code <row/>} elements of one dump file with StAX: one row in memory at a time, whatever the
 * file's size. A dump never needs a DTD, so any DOCTYPE is refused outright, and DTD processing and external
 * entities are switched off besides: an XML file cannot make the importer read local files or call out (XXE).
 */
final class DumpReader {

    private static final XMLInputFactory FACTORY = safeFactory();

    private DumpReader() {
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** Calls {@code out} for each row; returns how many there were. */
    static int rows(Path file, Consumer<DumpRow> out) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            int count = 0;
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new ImportRefused(name + " line " + xml.getLocation().getLineNumber()
                                + ": the file declares a DTD (<!DOCTYPE>); dump files never do, and DTDs can pull in"
                                + " external entities, so it is refused");
                    }
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
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ImportRefused(name + " line " + line + ": not well-formed XML (" + firstLine(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new ImportRefused(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String m = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        return m.lines().findFirst().orElse(m).strip();
    }
}
