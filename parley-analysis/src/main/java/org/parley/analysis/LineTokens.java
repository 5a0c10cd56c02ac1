package org.parley.analysis;

import java.util.Arrays;

/**
 * The raw tokens of one line: character spans within the line and their
 * {@link TechnicalTokenTypes types}. One instance is refilled line after line, so scanning a line
 * allocates nothing.
 */
final class LineTokens {

    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private String[] types = new String[64];

    void clear() {
        size = 0;
    }

    void add(int start, int end, String type) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, 2 * size);
            ends = Arrays.copyOf(ends, 2 * size);
            types = Arrays.copyOf(types, 2 * size);
        }
        starts[size] = start;
        ends[size] = end;
        types[size] = type;
        size++;
    }

    int size() {
        return size;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    String type(int token) {
        return types[token];
    }

    void setType(int token, String type) {
        types[token] = type;
    }
}
