package org.parley.site;

import java.time.Instant;

/**
 * The site's about text.
 *
 * @param siteName     the site's name, or null
 * @param bodyMarkdown the text
 * @param sourceRef    where it was imported from ({@code blog-thread#0}), or null when written here
 * @param updatedAt    when it was last set
 */
public record About(String siteName, String bodyMarkdown, String sourceRef, Instant updatedAt) {
}
