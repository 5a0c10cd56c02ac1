package org.parley.analysis;

/** A token found on one line: character span within the line and its {@link TechnicalTokenTypes type}. */
record RawToken(int start, int end, String type) {

    RawToken withType(String newType) {
        return new RawToken(start, end, newType);
    }
}
