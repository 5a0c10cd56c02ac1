package org.parley.importer.blogthread;

import java.util.List;
import java.util.Objects;

/**
 * A stretch of a comment written to one addressee. A reply that answers several people ("Tal, ...",
 * "Gaurav, ...") is split into one part per addressee so each part can sit under its own question.
 *
 * @param addressee    the name as written ("Guarav"), or "" when the part names nobody
 * @param resolvedTo   the handle that name was matched to, or "" when unknown or anonymous
 * @param text         the part's text
 * @param questionRefs the question(s) this part was attached to
 */
public record AddressedPart(String addressee, String resolvedTo, String text, List<Integer> questionRefs) {

    public AddressedPart {
        Objects.requireNonNull(addressee);
        Objects.requireNonNull(resolvedTo);
        Objects.requireNonNull(text);
        questionRefs = List.copyOf(questionRefs);
    }
}
