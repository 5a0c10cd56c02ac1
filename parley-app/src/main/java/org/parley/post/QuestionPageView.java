package org.parley.post;

import java.util.List;
import java.util.Map;

import org.parley.web.Slug;

/**
 * Everything the question page shows: the thread, each post's rendered HTML, what the reader may
 * do, the related questions, and (after a refused submission) the text typed and the errors.
 */
public record QuestionPageView(QuestionThread thread, Map<Long, String> html, Map<Long, String> commentHtml,
                               boolean canAccept, Map<Long, Boolean> canEdit, Map<Long, Integer> myVotes,
                               List<RelatedQuestions.Related> related, Post duplicateOf, String answerDraft,
                               Map<String, String> errors, String formToken) {

    public Post question() {
        return thread.question();
    }

    public String url() {
        return "/questions/" + question().id() + "/" + Slug.of(question().title());
    }

    public boolean isAccepted(Post answer) {
        Long accepted = question().acceptedAnswerId();
        return accepted != null && accepted == answer.id();
    }

    public int myVote(long postId) {
        return myVotes.getOrDefault(postId, 0);
    }

    public boolean mayEdit(long postId) {
        return canEdit.getOrDefault(postId, false);
    }
}
