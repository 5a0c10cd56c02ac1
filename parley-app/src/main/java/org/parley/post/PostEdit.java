package org.parley.post;

import java.util.List;

/** A change to a post; a null field stays as it is. Title and tags apply to questions only. */
public record PostEdit(String title, String body, List<String> tags, String reason) {
}
