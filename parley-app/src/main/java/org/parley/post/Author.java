package org.parley.post;

/** The author of a post or comment as readers see them. */
public record Author(long id, String handle, String displayName) {
}
