package org.parley.importer.blogthread;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadTextDecoderTests {

    private static final String HEADER = "  1. a says:\n    ";

    @Test
    void utf8WithBomLosesTheBom() {
        byte[] body = (HEADER + "I can’t").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        DecodedText decoded = ThreadTextDecoder.decode(bytes);

        assertThat(decoded.charset()).isEqualTo("UTF-8 with BOM");
        assertThat(decoded.text()).startsWith("  1. a says:").endsWith("I can’t");
    }

    @Test
    void plainUtf8IsKept() {
        DecodedText decoded = ThreadTextDecoder.decode("Cláudio — naïve ’quotes’".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.text()).isEqualTo("Cláudio — naïve ’quotes’");
        assertThat(decoded.repairs()).isZero();
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] bytes = "I can’t – café".getBytes(Charset.forName("windows-1252"));

        DecodedText decoded = ThreadTextDecoder.decode(bytes);

        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.text()).isEqualTo("I can’t – café");
    }

    @Test
    void mojibakeFromUtf8ReadAsWindows1252IsRepaired() {
        DecodedText decoded = ThreadTextDecoder.decode("I canâ€™t â€“ cafÃ© says â€œhiâ€\u009D".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo("I can’t – café says “hi”");
        assertThat(decoded.repairs()).isEqualTo(5);
    }

    @Test
    void doubleMojibakeIsRepairedToo() {
        String once = new String("’".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        String twice = new String(once.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));

        assertThat(ThreadTextDecoder.decode(twice.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("’");
    }

    @Test
    void ordinaryAccentedTextIsLeftAlone() {
        String text = "Ã alone, or Â, or â followed by a letter: âb";

        assertThat(ThreadTextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void parserAcceptsWindows1252Bytes() {
        byte[] bytes = (HEADER + "don’t").getBytes(Charset.forName("windows-1252"));

        assertThat(new BlogThreadParser().parse(bytes).comments().get(0).body()).isEqualTo("don’t");
    }
}
