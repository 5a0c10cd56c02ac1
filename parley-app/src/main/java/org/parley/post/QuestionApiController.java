package org.parley.post;

import java.net.URI;
import java.util.List;

import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Questions, their answers and tags over JSON. */
@RestController
@RequestMapping("/api/v1")
class QuestionApiController {

    private final QuestionService questions;
    private final AnswerService answers;
    private final PostEditing editing;
    private final PostJson json;

    QuestionApiController(QuestionService questions, AnswerService answers, PostEditing editing, PostJson json) {
        this.questions = questions;
        this.answers = answers;
        this.editing = editing;
        this.json = json;
    }

    record QuestionRequest(String title, String body, List<String> tags) {
    }

    record AnswerRequest(String body) {
    }

    record QuestionPage(int page, int pageSize, long total, List<PostJson.QuestionSummaryJson> items) {
    }

    @GetMapping("/questions")
    QuestionPage list(@RequestParam(required = false) String sort, @RequestParam(required = false) String tag,
                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize) {
        Page<Post> result = questions.list(QuestionQuery.parse(sort, tag, page, pageSize));
        return new QuestionPage(result.page(), result.pageSize(), result.total(),
                result.items().stream().map(json::summary).toList());
    }

    @PostMapping("/questions")
    ResponseEntity<PostJson.QuestionJson> ask(Actor actor, @RequestBody QuestionRequest body) {
        Post question = questions.ask(actor, new AskQuestion(body.title(), body.body(), body.tags()));
        return ResponseEntity.created(URI.create("/api/v1/questions/" + question.id()))
                .body(json.thread(questions.thread(new Viewer(actor), question.id())));
    }

    @GetMapping("/questions/{id}")
    PostJson.QuestionJson question(Viewer viewer, @PathVariable long id) {
        return json.thread(questions.thread(viewer, id));
    }

    @PostMapping("/questions/{id}/answers")
    ResponseEntity<PostJson.AnswerJson> answer(Actor actor, @PathVariable long id, @RequestBody AnswerRequest body) {
        Post answer = answers.answer(actor, id, body.body());
        return ResponseEntity.created(URI.create("/api/v1/posts/" + answer.id()))
                .body(json.answer(answer, null, List.of()));
    }

    record CloseRequest(Long duplicateOf) {
    }

    @PostMapping("/questions/{id}/close")
    PostJson.QuestionJson close(Actor actor, @PathVariable long id, @RequestBody CloseRequest body) {
        editing.closeAsDuplicate(actor, id, body.duplicateOf());
        return json.thread(questions.thread(new Viewer(actor), id));
    }

    @DeleteMapping("/questions/{id}/close")
    PostJson.QuestionJson reopen(Actor actor, @PathVariable long id) {
        editing.reopen(actor, id);
        return json.thread(questions.thread(new Viewer(actor), id));
    }

    @GetMapping("/tags")
    List<TagCount> tags(@RequestParam(required = false) String sort, @RequestParam(required = false) Integer limit) {
        TagSort order = sort == null || sort.isBlank() ? TagSort.POPULAR : parseTagSort(sort);
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > 1000) {
            throw InvalidInput.of("limit", "must be between 1 and 1000");
        }
        return questions.tags(order, max);
    }

    private static TagSort parseTagSort(String sort) {
        for (TagSort s : TagSort.values()) {
            if (s.name().equalsIgnoreCase(sort.strip())) {
                return s;
            }
        }
        throw InvalidInput.of("sort", "must be popular or name");
    }
}
