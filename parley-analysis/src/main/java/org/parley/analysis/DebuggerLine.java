package org.parley.analysis;

import java.nio.CharBuffer;
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

    /** Retypes prompt and column tokens of {@code line[0..n)} in place. */
    static void classify(char[] line, int n, LineTokens tokens) {
        // Most lines are prose: the regexes run only on lines that start the way they require.
        char first = firstNonSpace(line, n);
        if ((first == '#' || first == 'c' || first == 'C') && COLUMN_HEADER.matcher(CharBuffer.wrap(line, 0, n)).matches()) {
            for (int t = 0; t < tokens.size(); t++) {
                tokens.setType(t, TechnicalTokenTypes.COLUMN);
            }
            return;
        }
        int firstAfterPrompt = 0;
        if ((first >= '0' && first <= '9') || first == 'k' || first == 'l') {
            Matcher prompt = PROMPT.matcher(CharBuffer.wrap(line, 0, n));
            if (prompt.lookingAt()) {
                while (firstAfterPrompt < tokens.size() && tokens.start(firstAfterPrompt) < prompt.end()) {
                    tokens.setType(firstAfterPrompt++, TechnicalTokenTypes.PROMPT);
                }
            }
        }
        markStackColumns(line, tokens, firstAfterPrompt);
    }

    /** The first char that the regexes' {@code \s} does not match, or {@code '\0'} for a blank line. */
    private static char firstNonSpace(char[] line, int n) {
        for (int i = 0; i < n; i++) {
            char c = line[i];
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                return c;
            }
        }
        return '\0';
    }

    /**
     * In {@code 00 fffff800`0a1b2c3d fffff800`0a1b2c3e nt!KiSwapContext+0x7a} (or the x86
     * {@code 8054b9a4 804f8e4e 0000007e nt!KeBugCheckEx+0x1b}) every column before the frame is an
     * address or a raw argument: they are typed COLUMN so they carry no weight.
     */
    private static void markStackColumns(char[] line, LineTokens tokens, int first) {
        int i = first;
        if (i < tokens.size() && isFrameNumber(line, tokens, i) && i + 1 < tokens.size()
                && isAddressColumn(line, tokens, i + 1)) {
            i++;
        }
        int columns = 0;
        while (i < tokens.size() && isAddressColumn(line, tokens, i)) {
            i++;
            columns++;
        }
        if (columns == 0 || i >= tokens.size() || !startsFrame(tokens, i)) {
            return;
        }
        for (int j = first; j < i; j++) {
            tokens.setType(j, TechnicalTokenTypes.COLUMN);
        }
    }

    private static boolean startsFrame(LineTokens tokens, int i) {
        if (tokens.type(i).equals(TechnicalTokenTypes.FRAME)) {
            return true;
        }
        // A module without symbols: mydriver+0x1234.
        return i + 1 < tokens.size() && tokens.type(i + 1).equals(TechnicalTokenTypes.OFFSET);
    }

    private static boolean isFrameNumber(char[] line, LineTokens tokens, int token) {
        return tokens.end(token) - tokens.start(token) <= 4 && allHex(line, tokens.start(token), tokens.end(token));
    }

    private static boolean isAddressColumn(char[] line, LineTokens tokens, int token) {
        int start = tokens.start(token);
        int end = tokens.end(token);
        if (end - start > 2 && line[start] == '0' && Character.toLowerCase(line[start + 1]) == 'x') {
            start += 2;
        }
        int length = end - start;
        boolean backtick = length == 17 && line[start + 8] == '`';
        if (backtick) {
            return allHex(line, start, start + 8) && allHex(line, start + 9, end);
        }
        return (length == 8 || length == 16) && allHex(line, start, end);
    }

    private static boolean allHex(char[] line, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!LineScanner.isHexDigit(line[i])) {
                return false;
            }
        }
        return start < end;
    }
}
