package org.parley.importer.wordpress;

import java.time.Instant;

/**
 * One {@code <wp:comment>} of a post.
 *
 * @param id       {@code wp:comment_id}
 * @param author   {@code wp:comment_author} ("" when anonymous)
 * @param date     {@code wp:comment_date_gmt}
 * @param content  {@code wp:comment_content}
 * @param approved {@code wp:comment_approved} is 1 (pending, spam and trash are not imported)
 * @param parent   {@code wp:comment_parent}: the comment it replies to, 0 for a top-level comment
 * @param line     line of the comment in the file
 */
record WxrComment(long id, String author, Instant date, String content, boolean approved, long parent, int line) {
}
