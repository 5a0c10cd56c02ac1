package org.parley.importer.blogthread;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns uploaded bytes into text. Exported blog threads arrive as UTF-8 (sometimes with a BOM) or as
 * Windows-1252 from older tools, and often carry "â€™"-style mojibake from an earlier wrong decode.
 */
public final class ThreadTextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ThreadTextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        String charset;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = "UTF-8 with BOM";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            charset = "UTF-16";
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            String strict = strictUtf8(bytes);
            if (strict != null) {
                charset = "UTF-8";
                text = strict;
            } else {
                // Not valid UTF-8: the only common single-byte alternative for these exports.
                charset = "windows-1252";
                text = new String(bytes, WINDOWS_1252);
            }
        }
        MojibakeRepair.Result repaired = MojibakeRepair.repair(text);
        return new DecodedText(repaired.text(), charset, repaired.repairs());
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        byte[] head = Arrays.copyOf(bytes, prefix.length);
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
