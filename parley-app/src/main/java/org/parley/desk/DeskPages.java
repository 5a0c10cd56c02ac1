package org.parley.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.markdown.MarkdownRenderer;
import org.parley.post.Comment;
import org.parley.post.Post;
import org.parley.post.QuestionQuery;
import org.parley.post.QuestionService;
import org.parley.post.QuestionThread;
import org.parley.post.RelatedQuestions;
import org.parley.problem.Forbidden;
import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.parley.user.User;
import org.parley.user.UserService;
import org.parley.user.Viewer;
import org.parley.web.OnceOnly;
import org.parley.web.PageContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The unanswered queue and the focused answering view experts work through it with. */
@Controller
class DeskPages {

    private final Desk desk;
    private final QuestionService questions;
    private final MarkdownRenderer markdown;
    private final ObjectProvider<RelatedQuestions> related;
    private final UserService users;

    DeskPages(Desk desk, QuestionService questions, MarkdownRenderer markdown, ObjectProvider<RelatedQuestions> related,
              UserService users) {
        this.desk = desk;
        this.users = users;
        this.questions = questions;
        this.markdown = markdown;
        this.related = related;
    }

    @GetMapping("/unanswered")
    String queue(PageContext ctx, Viewer viewer, @RequestParam(required = false) String tag,
                 @RequestParam(required = false) String order, @RequestParam(defaultValue = "hide") String claimed,
                 @RequestParam(required = false) Integer page, Model model) {
        QuestionQuery paging = QuestionQuery.parse(null, tag, page, QuestionQuery.DEFAULT_PAGE_SIZE);
        QueueOrder queueOrder = Desk.order(order);
        boolean show = "show".equals(claimed);
        String query = query(paging.tag(), queueOrder, show);
        model.addAttribute("ctx", ctx);
        model.addAttribute("view", new QueueView(desk.queue(viewer, paging.tag(), queueOrder, show, paging.page(),
                paging.pageSize()), paging.tag(), queueOrder.name().toLowerCase(), show, "/unanswered?" + query + "&", query));
        return "desk/queue";
    }

    @PostMapping("/questions/{id}/claim")
    String claim(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "/unanswered") String back) {
        desk.claim(actor, id);
        return "redirect:" + local(back);
    }

    @PostMapping("/questions/{id}/release")
    String release(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "/unanswered") String back) {
        desk.release(actor, id);
        return "redirect:" + local(back);
    }

    @GetMapping("/desk/questions/{id}")
    String answerView(PageContext ctx, Actor actor, @PathVariable long id, @RequestParam(required = false) String tag,
                      @RequestParam(required = false) String order, Model model) {
        if (!actor.canEditAnyPost()) {
            throw new Forbidden("The answering desk is for experts and moderators.");
        }
        QuestionQuery filter = QuestionQuery.parse(null, tag, 1, 1);
        QueueOrder queueOrder = Desk.order(order);
        Viewer viewer = new Viewer(actor);
        QuestionThread thread = questions.thread(viewer, id);
        Post q = thread.question();
        Map<Long, String> commentHtml = new java.util.HashMap<>();
        thread.commentsOn(id).forEach(c -> commentHtml.put(c.id(), markdown.toSafeHtml(c.body())));
        RelatedQuestions finder = related.getIfAvailable();
        List<RelatedQuestions.Related> similar = new ArrayList<>();
        if (finder != null) {
            finder.similarTo(q.title(), q.bodyMarkdown(), id, 10).stream().filter(r -> r.answerCount() > 0).limit(5)
                    .forEach(similar::add);
        }
        var holder = desk.claimant(id);
        String claimedBy = holder.flatMap(userId -> users.findById(userId).map(User::displayName)).orElse(null);
        model.addAttribute("ctx", ctx);
        model.addAttribute("view", new AnswerView(thread, markdown.toPageHtml(q.bodyMarkdown(), "post-" + id), commentHtml,
                similar, desk.neighbours(viewer, id, filter.tag(), queueOrder), claimedBy,
                holder.isPresent() && holder.get() == actor.id(), query(filter.tag(), queueOrder, false), OnceOnly.newToken()));
        return "desk/answer";
    }

    private static String query(String tag, QueueOrder order, boolean showClaimed) {
        return "order=" + order.name().toLowerCase() + (tag == null ? "" : "&tag=" + UriUtils.encodeQueryParam(tag, "UTF-8"))
                + (showClaimed ? "&claimed=show" : "");
    }

    private static String local(String path) {
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            throw InvalidInput.of("back", "must be a path on this site");
        }
        return path;
    }
}
