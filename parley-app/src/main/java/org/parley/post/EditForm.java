package org.parley.post;

import java.util.Map;

/** The edit form: the post, the text typed so far, and the errors of a refused save. */
public record EditForm(Post post, String title, String body, String tags, String reason, boolean reasonRequired, Map<String, String> errors) {
}
