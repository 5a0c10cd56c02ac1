package org.parley.feed;

import org.parley.post.QuestionQuery;
import org.parley.post.QuestionService;
import org.parley.post.QuestionSort;
import org.parley.user.Viewer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Atom feeds: newest questions, unanswered questions, a tag, and one question's answers and comments. */
@RestController
class FeedController {

    /** Served whatever the Accept header says: feed readers disagree on what they send. */
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 30;

    private final QuestionService questions;
    private final AtomFeeds feeds;

    private static ResponseEntity<String> atom(String body) {
        return ResponseEntity.ok().contentType(ATOM).body(body);
    }

    FeedController(QuestionService questions, AtomFeeds feeds) {
        this.questions = questions;
        this.feeds = feeds;
    }

    @GetMapping("/feeds/questions")
    ResponseEntity<String> newest() {
        return atom(feeds.questions("newest questions", "/feeds/questions", "/",
                questions.list(QuestionQuery.parse(QuestionSort.NEWEST.name(), null, 1, ENTRIES)).items()));
    }

    @GetMapping("/feeds/unanswered")
    ResponseEntity<String> unanswered() {
        return atom(feeds.questions("unanswered questions", "/feeds/unanswered", "/unanswered",
                questions.list(QuestionQuery.parse(QuestionSort.UNANSWERED.name(), null, 1, ENTRIES)).items()));
    }

    @GetMapping("/feeds/tags/{tag}")
    ResponseEntity<String> tag(@PathVariable String tag) {
        QuestionQuery query = QuestionQuery.parse(QuestionSort.NEWEST.name(), tag, 1, ENTRIES);
        return atom(feeds.questions("questions tagged " + query.tag(), "/feeds/tags/" + query.tag(), "/tags/" + query.tag(),
                questions.list(query).items()));
    }

    @GetMapping("/feeds/questions/{id}")
    ResponseEntity<String> thread(@PathVariable long id) {
        return atom(feeds.thread(questions.thread(Viewer.ANONYMOUS, id), "/feeds/questions/" + id));
    }

}
