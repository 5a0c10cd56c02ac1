package org.parley.importer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where one source comment ended up, for {@code --report}.
 *
 * @param ref          the comment ({@code blog-thread#12})
 * @param author       the author as written ("" for anonymous)
 * @param role         question, followup, answer, thanks or other (a comment that fits no conversation is imported
 *                     as a question and reported as one)
 * @param questionRef  the question it ended up under (its own ref for a question)
 * @param parentRef    the post it was attached to (null for a question)
 * @param title        the generated title, for questions only
 * @param questionRefs every question it ended up under, when a reply answered several askers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportEntry(String ref, String author, String role, String questionRef, String parentRef,
                          String title, List<String> questionRefs) {
}
