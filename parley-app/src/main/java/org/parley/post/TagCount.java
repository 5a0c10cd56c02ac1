package org.parley.post;

/** A tag and how many live questions carry it. */
public record TagCount(String name, int questionCount) {
}
