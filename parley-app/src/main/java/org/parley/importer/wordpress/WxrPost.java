package org.parley.importer.wordpress;

import java.time.Instant;
import java.util.List;

/**
 * One {@code <item>} of a WordPress export with its comments.
 *
 * @param id       {@code wp:post_id}
 * @param title    the post title
 * @param author   {@code dc:creator}
 * @param content  {@code content:encoded} (HTML)
 * @param date     {@code wp:post_date_gmt}
 * @param type     {@code wp:post_type}: post, page, attachment, ...
 * @param status   {@code wp:status}: publish, draft, ...
 * @param tags     nicenames of its tags and categories
 * @param comments in file order
 * @param line     line of the item in the file
 */
record WxrPost(long id, String title, String author, String content, Instant date, String type, String status,
               List<String> tags, List<WxrComment> comments, int line) {

    WxrPost {
        tags = List.copyOf(tags);
        comments = List.copyOf(comments);
    }

    boolean published() {
        return "post".equals(type) && "publish".equals(status);
    }
}
