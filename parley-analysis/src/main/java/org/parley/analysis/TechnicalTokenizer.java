package org.parley.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Tokenizer for Windows-driver questions: keeps identifiers, qualified names and debugger symbols
 * whole ({@code Irp->IoStatus.Status}, {@code Wdf01000!FxIoQueue::DispatchRequestToDriver}) and
 * types debugger noise (prompts, stack columns, {@code +0x445} offsets) instead of deleting it, so
 * that {@link StackFrameFilter} makes the decision and other chains can keep it.
 *
 * <p>It works line by line because debugger output is only recognisable per line: the same
 * {@code 8054b9a4} is an address in a stack line and a value in prose.
 */
public final class TechnicalTokenizer extends Tokenizer {

    /** Lines longer than this are cut at the next non-word character (minified blobs, hex dumps). */
    static final int MAX_LINE_CHARS = 1 << 16;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    /** The current line: the first {@link #lineLength} chars, reused from line to line. */
    private char[] line = new char[1024];
    private int lineLength;
    private final char[] chunk = new char[4096];
    private int chunkPos;
    private int chunkLen;
    private boolean exhausted;
    private int consumed;
    private int lineStart;
    private final LineTokens tokens = new LineTokens();
    private int next;

    public TechnicalTokenizer() {}

    public TechnicalTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (next >= tokens.size()) {
            if (!readLine()) {
                return false;
            }
            LineScanner.scan(line, lineLength, tokens);
            DebuggerLine.classify(line, lineLength, tokens);
            next = 0;
        }
        int start = tokens.start(next);
        int end = tokens.end(next);
        termAtt.copyBuffer(line, start, end - start);
        offsetAtt.setOffset(correctOffset(lineStart + start), correctOffset(lineStart + end));
        typeAtt.setType(tokens.type(next));
        next++;
        return true;
    }

    /** Reads the next line (without its terminator) into {@link #line}; false at end of input. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        lineStart = consumed;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = exhausted ? -1 : input.read(chunk);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    exhausted = true;
                    chunkLen = 0;
                    return lineLength > 0;
                }
            }
            char c = chunk[chunkPos++];
            consumed++;
            if (c == '\n') {
                return true;
            }
            if (lineLength == line.length) {
                line = Arrays.copyOf(line, 2 * lineLength);
            }
            line[lineLength++] = c;
            if (lineLength >= MAX_LINE_CHARS
                    && (!LineScanner.isWordChar(c) || lineLength >= 2 * MAX_LINE_CHARS)) {
                return true;
            }
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(consumed);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lineLength = 0;
        chunkPos = 0;
        chunkLen = 0;
        exhausted = false;
        consumed = 0;
        lineStart = 0;
        tokens.clear();
        next = 0;
    }
}
