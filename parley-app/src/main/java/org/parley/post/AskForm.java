package org.parley.post;

import java.util.List;
import java.util.Map;

/** What the form shows: the text typed so far (never lost on an error) and the errors. */
public record AskForm(String title, String body, String tags, Map<String, String> errors, String formToken, List<TagCount> knownTags) {
}
