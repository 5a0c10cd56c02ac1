package org.parley.post;

/**
 * Where an imported post came from: the system ({@code blog-thread}, {@code stackexchange}), its
 * reference there ({@code blog-thread#42}) and the original author's name as written there.
 */
public record Source(String system, String ref, String author) {
}
