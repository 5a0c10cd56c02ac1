package org.parley.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines pasted from WinDbg/KD so that their noise can be typed (and later dropped)
 * without a parser for every debugger command: prompts, stack column headers, and the address,
 * frame-number and argument columns in front of a stack frame.
 */
final class DebuggerLine {

    // kd>, lkd>, 0: kd>, 0:000>, 0:000:x86>
    private static final Pattern PROMPT =
            Pattern.compile("^\\s*(?:\\d+:\\s*)?(?:l?kd|\\d+:\\d+(?::\\w+)?)>");
    // ChildEBP RetAddr  Args to Child / # Child-SP RetAddr : Args to Child : Call Site
    private static final Pattern COLUMN_HEADER = Pattern.compile(
            "^\\s*(?:#\\s+)?(?:ChildEBP|Child-SP)\\s+RetAddr(?:\\s+:?\\s*Args to Child)?(?:\\s+:?\\s*Call Site)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private DebuggerLine() {}

    /** Retypes prompt and column tokens of {@code line} in place. */
    static void classify(CharSequence line, List<RawToken> tokens) {
        if (COLUMN_HEADER.matcher(line).matches()) {
            tokens.replaceAll(t -> t.withType(TechnicalTokenTypes.COLUMN));
            return;
        }
        Matcher prompt = PROMPT.matcher(line);
        int first = 0;
        if (prompt.lookingAt()) {
            while (first < tokens.size() && tokens.get(first).start() < prompt.end()) {
                tokens.set(first, tokens.get(first).withType(TechnicalTokenTypes.PROMPT));
                first++;
            }
        }
        markStackColumns(line, tokens, first);
    }

    /**
     * In {@code 00 fffff800`0a1b2c3d fffff800`0a1b2c3e nt!KiSwapContext+0x7a} (or the x86
     * {@code 8054b9a4 804f8e4e 0000007e nt!KeBugCheckEx+0x1b}) every column before the frame is an
     * address or a raw argument: they are typed COLUMN so they carry no weight.
     */
    private static void markStackColumns(CharSequence line, List<RawToken> tokens, int first) {
        int i = first;
        if (i < tokens.size() && isFrameNumber(line, tokens.get(i)) && i + 1 < tokens.size()
                && isAddressColumn(line, tokens.get(i + 1))) {
            i++;
        }
        int columns = 0;
        while (i < tokens.size() && isAddressColumn(line, tokens.get(i))) {
            i++;
            columns++;
        }
        if (columns == 0 || i >= tokens.size() || !startsFrame(tokens, i)) {
            return;
        }
        for (int j = first; j < i; j++) {
            tokens.set(j, tokens.get(j).withType(TechnicalTokenTypes.COLUMN));
        }
    }

    private static boolean startsFrame(List<RawToken> tokens, int i) {
        RawToken token = tokens.get(i);
        if (token.type().equals(TechnicalTokenTypes.FRAME)) {
            return true;
        }
        // A module without symbols: mydriver+0x1234.
        return i + 1 < tokens.size() && tokens.get(i + 1).type().equals(TechnicalTokenTypes.OFFSET);
    }

    private static boolean isFrameNumber(CharSequence line, RawToken token) {
        return token.end() - token.start() <= 4 && allHex(line, token.start(), token.end());
    }

    private static boolean isAddressColumn(CharSequence line, RawToken token) {
        int start = token.start();
        if (token.end() - start > 2 && line.charAt(start) == '0'
                && Character.toLowerCase(line.charAt(start + 1)) == 'x') {
            start += 2;
        }
        int length = token.end() - start;
        boolean backtick = length == 17 && line.charAt(start + 8) == '`';
        if (backtick) {
            return allHex(line, start, start + 8) && allHex(line, start + 9, token.end());
        }
        return (length == 8 || length == 16) && allHex(line, start, token.end());
    }

    private static boolean allHex(CharSequence line, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!LineScanner.isHexDigit(line.charAt(i))) {
                return false;
            }
        }
        return start < end;
    }
}
