package org.parley.importer.blogthread;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the rebuilder concluded about one comment.
 *
 * @param number       the comment number
 * @param author       the handle ("" for anonymous)
 * @param role         what the comment does
 * @param questionRefs the question(s) the comment ends up under; a question lists its own number; empty when
 *                     it could not be placed
 * @param parentRef    the comment it responds to directly (empty for questions and unplaced comments)
 * @param parts        the body split per addressee (a single part when it addresses one person or nobody)
 * @param title        generated title, for questions only (else "")
 * @param tags         generated tags, for questions only (else empty)
 * @param accepted     this answer was confirmed to work by the asker
 * @param acceptsRef   the answer this comment confirms as working, if any
 */
public record CommentAnalysis(int number, String author, Role role, List<Integer> questionRefs, OptionalInt parentRef,
                              List<AddressedPart> parts, String title, List<String> tags, boolean accepted,
                              OptionalInt acceptsRef) {

    public CommentAnalysis {
        Objects.requireNonNull(author);
        Objects.requireNonNull(role);
        Objects.requireNonNull(parentRef);
        Objects.requireNonNull(title);
        Objects.requireNonNull(acceptsRef);
        questionRefs = List.copyOf(questionRefs);
        parts = List.copyOf(parts);
        tags = List.copyOf(tags);
    }
}
