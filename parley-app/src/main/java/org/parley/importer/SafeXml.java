package org.parley.importer;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for imported XML that cannot be turned against the machine (XXE): DTD processing and external
 * entities are off, and since no import format needs a DTD, any {@code <!DOCTYPE>} is refused outright.
 *
 * <p>Without a DTD no entity can be declared, so the only references a file can hold are the five predefined ones
 * ({@code &lt;}) and character references, which expand to one character each: no "billion laughs". The JDK's
 * entity size limits are therefore lifted. Since JDK 24 they default to 100,000 characters for the whole document,
 * which a Stack Exchange dump (HTML bodies in attributes, {@code &lt;p&gt;} everywhere) passes within its first few
 * thousand rows.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = safeFactory();

    private SafeXml() {
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        for (String limit : new String[] {"jdk.xml.totalEntitySizeLimit", "jdk.xml.maxGeneralEntitySizeLimit",
                "jdk.xml.entityReplacementLimit"}) {
            factory.setProperty(limit, "0"); // 0: no limit
        }
        return factory;
    }

    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** The next event, refusing a DTD with the file's name and line. */
    public static int next(XMLStreamReader xml, String fileName) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new ImportRefused(fileName + " line " + xml.getLocation().getLineNumber()
                    + ": the file declares a DTD (<!DOCTYPE>); import files never need one, and DTDs can pull in"
                    + " external entities, so it is refused");
        }
        return event;
    }

    /** The refusal for XML the parser could not read, with the file and line. */
    public static ImportRefused malformed(String fileName, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return new ImportRefused(fileName + " line " + line + ": not well-formed XML (" + problem(e) + ")");
    }

    /** A parser's complaint, reduced to its first line without the parser's own position prefix. */
    static String problem(XMLStreamException e) {
        String message = e.getMessage();
        if (message == null) {
            return "no detail";
        }
        String m = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        if (m.contains("must start and end within the same entity")) {
            return "the file ends before its elements are closed: truncated?";
        }
        return m.lines().findFirst().orElse(m).strip();
    }
}
