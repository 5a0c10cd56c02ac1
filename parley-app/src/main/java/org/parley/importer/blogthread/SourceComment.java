package org.parley.importer.blogthread;

import java.util.Objects;

/**
 * One numbered comment as it appears in the source file.
 *
 * @param number the number printed in the thread ("  12. author says:")
 * @param author the handle as printed; the empty string for anonymous comments
 * @param body   the comment text, dedented, with surrounding blank lines removed but otherwise verbatim
 * @param line   1-based line number of the header in the source file, for error messages and traceability
 */
public record SourceComment(int number, String author, String body, int line) {

    public SourceComment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        if (number < 1) {
            throw new IllegalArgumentException("comment number must be positive: " + number);
        }
    }

    public boolean anonymous() {
        return author.isEmpty();
    }
}
