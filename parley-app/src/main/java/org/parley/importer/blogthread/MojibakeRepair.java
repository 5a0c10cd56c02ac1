package org.parley.importer.blogthread;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Undoes the classic "UTF-8 bytes read as Windows-1252" damage ("â€™" for "’", "Ã©" for "é").
 *
 * <p>Rather than a table of known bad strings, every run of characters is mapped back to the bytes
 * Windows-1252 would have produced them from; when those bytes form one well-formed UTF-8 multi-byte
 * sequence, the run is replaced by the character it encodes. Plain text never contains such runs by
 * accident often enough to matter (a lead byte like "â" must be followed by exactly the right number of
 * continuation-byte characters).
 */
final class MojibakeRepair {

    record Result(String text, int repairs) {
    }

    /** char -> the single Windows-1252 byte it decodes from; C1 controls stand for the 5 undefined bytes. */
    private static final Map<Character, Integer> BYTE_OF = new HashMap<>();

    static {
        for (int b = 0x80; b <= 0xFF; b++) {
            String s = new String(new byte[] {(byte) b}, ThreadTextDecoder.WINDOWS_1252);
            char c = s.charAt(0);
            if (c != '\uFFFD') {
                BYTE_OF.put(c, b);
            }
            // Decoders that pass undefined bytes through (0x81, 0x8D, 0x8F, 0x90, 0x9D) yield the C1 control.
            BYTE_OF.putIfAbsent((char) b, b);
        }
    }

    private MojibakeRepair() {
    }

    static Result repair(String text) {
        String current = text;
        int total = 0;
        // Text that went through the wrong decode twice needs two passes; more is not seen in practice.
        for (int pass = 0; pass < 3; pass++) {
            Result r = onePass(current);
            if (r.repairs() == 0) {
                break;
            }
            current = r.text();
            total += r.repairs();
        }
        return new Result(current, total);
    }

    private static Result onePass(String text) {
        StringBuilder out = null;
        int repairs = 0;
        int i = 0;
        int copiedUpTo = 0;
        while (i < text.length()) {
            int length = sequenceLength(text, i);
            if (length > 0) {
                String decoded = decodeRun(text, i, length);
                if (decoded != null) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copiedUpTo, i).append(decoded);
                    i += length;
                    copiedUpTo = i;
                    repairs++;
                    continue;
                }
            }
            i++;
        }
        if (out == null) {
            return new Result(text, 0);
        }
        out.append(text, copiedUpTo, text.length());
        return new Result(out.toString(), repairs);
    }

    /** Length of a would-be UTF-8 sequence starting at i, judged from the lead byte, or 0. */
    private static int sequenceLength(String text, int i) {
        Integer lead = BYTE_OF.get(text.charAt(i));
        if (lead == null) {
            return 0;
        }
        int length;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
        } else {
            return 0;
        }
        if (i + length > text.length()) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            Integer b = BYTE_OF.get(text.charAt(i + k));
            if (b == null || b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static String decodeRun(String text, int start, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            bytes[k] = (byte) (int) BYTE_OF.get(text.charAt(start + k));
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
