package org.parley.analysis;

/** One token as the tests see it, with its absolute position. */
record AnalyzedToken(String term, String type, int position, int positionLength, int start, int end,
        boolean keyword) {

    @Override
    public String toString() {
        return term + "@" + position + (positionLength > 1 ? "+" + positionLength : "") + " " + type
                + (keyword ? " kw" : "") + " [" + start + "," + end + ")";
    }
}
