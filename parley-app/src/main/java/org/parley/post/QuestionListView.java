package org.parley.post;

import java.util.List;

/** A list page of questions: home tabs, a tag, the unanswered queue. */
public record QuestionListView(String title, String heading, String intro, List<Tab> tabs, String tag,
                               Page<Post> page, String pageUrl) {

    /** A tab over the list; {@code current} marks the one shown. */
    public record Tab(String label, String url, boolean current) {
    }
}
