package org.parley.desk;

import org.parley.post.Page;

/** What the queue page shows, and the links that keep its filters. */
public record QueueView(Page<QueueItem> page, String tag, String order, boolean showClaimed,
                        String pageUrl, String queryString) {
}
