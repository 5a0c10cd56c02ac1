package org.parley.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

class SafeXmlTests {

    @Test
    void readsFilesFullOfPredefinedEntitiesPastTheJdkDefaultLimits() throws XMLStreamException {
        // 20,000 rows of HTML in attributes: about a million characters of entity text, ten times what JDK 24+
        // allows a document by default.
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n");
        for (int i = 0; i < 20_000; i++) {
            xml.append("  <row Id=\"").append(i).append("\" Body=\"&lt;p&gt;a &amp;amp; b&lt;/p&gt;&#10;&lt;pre&gt;x&lt;/pre&gt;\" />\n");
        }
        xml.append("</posts>\n");
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
        int rows = 0;
        String last = null;
        while (reader.hasNext()) {
            if (SafeXml.next(reader, "Posts.xml") == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("row")) {
                rows++;
                last = reader.getAttributeValue(null, "Body");
            }
        }
        assertThat(rows).isEqualTo(20_000);
        assertThat(last).isEqualTo("<p>a &amp; b</p>\n<pre>x</pre>");
    }

    @Test
    void stillRefusesADoctype() throws XMLStreamException {
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE posts [<!ENTITY a \"aaaa\">]>\n<posts/>".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> {
            while (reader.hasNext()) {
                SafeXml.next(reader, "Posts.xml");
            }
        }).isInstanceOf(ImportRefused.class).hasMessageContaining("declares a DTD");
    }
}
