package org.parley.post;

import java.util.Map;

/** The redact form. */
public record RedactForm(Post post, String text, String note, Map<String, String> errors) {
}
