package org.parley.post;

import java.net.URI;
import java.util.List;

import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What can be done to any post: comment, vote, accept, edit, revisions, redact, delete. */
@RestController
@RequestMapping("/api/v1")
class PostApiController {

    private final QuestionService questions;
    private final AnswerService answers;
    private final CommentService comments;
    private final VoteService votes;
    private final PostEditing editing;
    private final PostJson json;

    PostApiController(QuestionService questions, AnswerService answers, CommentService comments, VoteService votes,
                      PostEditing editing, PostJson json) {
        this.questions = questions;
        this.answers = answers;
        this.comments = comments;
        this.votes = votes;
        this.editing = editing;
        this.json = json;
    }

    record CommentRequest(String body) {
    }

    record VoteRequest(Integer value) {
    }

    record EditRequest(String title, String body, List<String> tags, String reason) {
    }

    record RedactionRequest(String text, String note) {
    }

    record AcceptResult(long questionId, Long acceptedAnswerId) {
    }

    @PostMapping("/posts/{id}/comments")
    ResponseEntity<PostJson.CommentJson> comment(Actor actor, @PathVariable long id, @RequestBody CommentRequest body) {
        Comment comment = comments.comment(actor, id, body.body());
        return ResponseEntity.created(URI.create("/api/v1/comments/" + comment.id())).body(json.comment(comment));
    }

    @DeleteMapping("/comments/{id}")
    ResponseEntity<Void> deleteComment(Actor actor, @PathVariable long id) {
        comments.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/posts/{id}/votes")
    VoteService.VoteResult vote(Actor actor, @PathVariable long id, @RequestBody VoteRequest body) {
        return votes.vote(actor, id, body.value());
    }

    @PostMapping("/answers/{id}/accept")
    AcceptResult accept(Actor actor, @PathVariable long id) {
        Post question = answers.accept(actor, id);
        return new AcceptResult(question.id(), question.acceptedAnswerId());
    }

    @DeleteMapping("/answers/{id}/accept")
    AcceptResult unaccept(Actor actor, @PathVariable long id) {
        Post question = answers.unaccept(actor, id);
        return new AcceptResult(question.id(), question.acceptedAnswerId());
    }

    @GetMapping("/posts/{id}")
    Object post(Viewer viewer, @PathVariable long id) {
        QuestionThread thread = questions.thread(viewer, questionOf(viewer, id));
        if (thread.question().id() == id) {
            return json.thread(thread);
        }
        return thread.answers().stream().filter(a -> a.id() == id).findFirst()
                .map(a -> json.answer(a, thread.question().acceptedAnswerId(), thread.commentsOn(id)))
                .orElseThrow(() -> new org.parley.problem.NotFound("There is no post " + id + "."));
    }

    @PatchMapping("/posts/{id}")
    Object edit(Actor actor, @PathVariable long id, @RequestBody EditRequest body) {
        editing.edit(actor, id, new PostEdit(body.title(), body.body(), body.tags(), body.reason()));
        return post(new Viewer(actor), id);
    }

    @GetMapping("/posts/{id}/revisions")
    List<PostJson.RevisionJson> revisions(Viewer viewer, @PathVariable long id) {
        return editing.revisions(viewer, id).stream().map(json::revision).toList();
    }

    @PostMapping("/posts/{id}/redactions")
    Object redact(Actor actor, @PathVariable long id, @RequestBody RedactionRequest body) {
        editing.redact(actor, id, new Redaction(body.text(), body.note()));
        return post(new Viewer(actor), id);
    }

    @DeleteMapping("/posts/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        editing.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/posts/{id}/undelete")
    Object undelete(Actor actor, @PathVariable long id) {
        editing.undelete(actor, id);
        return post(new Viewer(actor), id);
    }

    private long questionOf(Viewer viewer, long postId) {
        return questions.questionOf(viewer, postId);
    }
}
