package org.parley.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.parley.markdown.MarkdownRenderer;
import org.parley.problem.InvalidInput;
import org.parley.problem.NotFound;
import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.parley.web.OnceOnly;
import org.parley.web.PageContext;
import org.parley.web.Slug;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The pages people read questions on, and the forms on them (answer, comment, vote, accept). */
@Controller
class QuestionPages {

    private static final Map<String, QuestionSort> TABS = new LinkedHashMap<>();

    static {
        TABS.put("newest", QuestionSort.NEWEST);
        TABS.put("active", QuestionSort.ACTIVE);
        TABS.put("unanswered", QuestionSort.UNANSWERED);
        TABS.put("top", QuestionSort.SCORE);
    }

    private final QuestionService questions;
    private final AnswerService answers;
    private final CommentService comments;
    private final VoteService votes;
    private final MarkdownRenderer markdown;
    private final RelatedSidebar related;
    private final OnceOnly onceOnly;

    QuestionPages(QuestionService questions, AnswerService answers, CommentService comments, VoteService votes,
                  MarkdownRenderer markdown, RelatedSidebar related, OnceOnly onceOnly) {
        this.questions = questions;
        this.answers = answers;
        this.comments = comments;
        this.votes = votes;
        this.markdown = markdown;
        this.related = related;
        this.onceOnly = onceOnly;
    }

    @GetMapping({"/", "/questions"})
    String home(PageContext ctx, @RequestParam(defaultValue = "newest") String tab,
                @RequestParam(required = false) Integer page, Model model) {
        return list(ctx, tab, null, page, "/?", model);
    }

    @GetMapping("/tags/{tag}")
    String tag(PageContext ctx, @PathVariable String tag, @RequestParam(defaultValue = "newest") String tab,
               @RequestParam(required = false) Integer page, Model model) {
        return list(ctx, tab, tag, page, "/tags/" + UriUtils.encodePathSegment(tag, "UTF-8") + "?", model);
    }

    private String list(PageContext ctx, String tab, String tag, Integer page, String base, Model model) {
        QuestionSort sort = TABS.get(tab);
        if (sort == null) {
            throw InvalidInput.of("tab", "must be one of newest, active, unanswered, top");
        }
        QuestionQuery query = QuestionQuery.parse(sort.name(), tag, page, QuestionQuery.DEFAULT_PAGE_SIZE);
        List<QuestionListView.Tab> tabs = new ArrayList<>();
        TABS.keySet().forEach(t -> tabs.add(new QuestionListView.Tab(capitalize(t), base + "tab=" + t, t.equals(tab))));
        String heading = tag == null ? "Questions" : "Questions tagged " + query.tag();
        model.addAttribute("ctx", ctx);
        model.addAttribute("list", new QuestionListView(heading, heading, null, tabs, query.tag(),
                questions.list(query), base + "tab=" + tab + "&"));
        return "post/list";
    }

    @GetMapping("/tags")
    String tags(PageContext ctx, @RequestParam(defaultValue = "popular") String sort, Model model) {
        TagSort order = "name".equals(sort) ? TagSort.NAME : TagSort.POPULAR;
        model.addAttribute("ctx", ctx);
        model.addAttribute("tags", questions.tags(order, 500));
        model.addAttribute("sort", order.name().toLowerCase());
        return "post/tags";
    }

    @GetMapping("/questions/{id}")
    String toCanonical(@PathVariable long id, Viewer viewer) {
        Post q = questions.thread(viewer, id).question();
        return "redirect:/questions/" + q.id() + "/" + Slug.of(q.title());
    }

    @GetMapping("/questions/{id}/{slug}")
    String question(PageContext ctx, Viewer viewer, @PathVariable long id, @PathVariable String slug, Model model) {
        QuestionThread thread = questions.thread(viewer, id);
        String canonical = Slug.of(thread.question().title());
        if (!canonical.equals(slug)) {
            return "redirect:/questions/" + id + "/" + canonical;
        }
        return render(ctx, viewer, thread, "", Map.of(), model);
    }

    @PostMapping("/questions/{id}/answers")
    String answer(PageContext ctx, Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String body,
                  @RequestParam(required = false) String formToken, @RequestParam(required = false) String next,
                  Model model, HttpServletResponse response) {
        try {
            String target = onceOnly.run(formToken, actor.id(), () -> {
                Post answer = answers.answer(actor, id, body);
                return questionUrl(answer.parentId()) + "#post-" + answer.id();
            });
            // The answering desk moves straight on to the next question; only ever to a local path.
            boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
            return "redirect:" + (local ? next : target);
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            return render(ctx, new Viewer(actor), questions.thread(new Viewer(actor), id), body, errors(invalid, "answer-"), model);
        }
    }

    @PostMapping("/posts/{id}/comments")
    String comment(PageContext ctx, Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String body,
                   @RequestParam(required = false) String formToken, Model model, HttpServletResponse response) {
        try {
            String target = onceOnly.run(formToken, actor.id(), () -> {
                Comment c = comments.comment(actor, id, body);
                return questionUrl(questionOf(new Viewer(actor), c.postId())) + "#comment-" + c.id();
            });
            return "redirect:" + target;
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            long questionId = questionOf(new Viewer(actor), id);
            return render(ctx, new Viewer(actor), questions.thread(new Viewer(actor), questionId), "",
                    errors(invalid, "comment-" + id + "-"), model);
        }
    }

    @PostMapping("/posts/{id}/vote")
    String vote(Actor actor, @PathVariable long id, @RequestParam Integer value) {
        votes.vote(actor, id, value);
        return "redirect:" + postUrl(new Viewer(actor), id);
    }

    @PostMapping("/answers/{id}/accept")
    String accept(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "accept") String action) {
        if ("unaccept".equals(action)) {
            answers.unaccept(actor, id);
        } else {
            answers.accept(actor, id);
        }
        return "redirect:" + postUrl(new Viewer(actor), id);
    }

    private String render(PageContext ctx, Viewer viewer, QuestionThread thread, String answerDraft,
                          Map<String, String> errors, Model model) {
        Post q = thread.question();
        Map<Long, String> html = new HashMap<>();
        Map<Long, Boolean> canEdit = new HashMap<>();
        List<Post> posts = new ArrayList<>();
        posts.add(q);
        posts.addAll(thread.answers());
        for (Post p : posts) {
            html.put(p.id(), markdown.toPageHtml(p.bodyMarkdown(), "post-" + p.id()));
            canEdit.put(p.id(), viewer.is(p.author().id()) || viewer.signedIn().map(Actor::canEditAnyPost).orElse(false));
        }
        Map<Long, Integer> myVotes = viewer.signedIn()
                .map(a -> votes.myVotes(a, posts.stream().map(Post::id).toList())).orElse(Map.of());
        Map<Long, String> commentHtml = new HashMap<>();
        thread.comments().values().forEach(list -> list.forEach(c -> commentHtml.put(c.id(), markdown.toSafeHtml(c.body()))));
        boolean canAccept = viewer.is(q.author().id()) || viewer.canModerate();
        List<RelatedQuestions.Related> similar = related.of(q);
        Post duplicateOf = q.closedAsDuplicateOf() == null ? null
                : questions.find(q.closedAsDuplicateOf()).orElse(null);
        model.addAttribute("ctx", ctx);
        model.addAttribute("view", new QuestionPageView(thread, html, commentHtml, canAccept, canEdit, myVotes, similar,
                duplicateOf, answerDraft, errors, OnceOnly.newToken()));
        return "post/question";
    }

    private long questionOf(Viewer viewer, long postId) {
        return questions.questionOf(viewer, postId);
    }

    private String questionUrl(long questionId) {
        Post q = questions.find(questionId).orElseThrow(() -> new NotFound("There is no question " + questionId + "."));
        return "/questions/" + q.id() + "/" + Slug.of(q.title());
    }

    private String postUrl(Viewer viewer, long postId) {
        return questionUrl(questionOf(viewer, postId)) + "#post-" + postId;
    }

    static Map<String, String> errors(InvalidInput invalid, String prefix) {
        return invalid.messagesByField(prefix);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
