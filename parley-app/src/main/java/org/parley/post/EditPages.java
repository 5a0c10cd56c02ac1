package org.parley.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.parley.web.PageContext;
import org.parley.web.Slug;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editing with a reason, revision history with diffs, and the moderator's redact/delete/undelete. */
@Controller
class EditPages {

    private final QuestionService questions;
    private final PostEditing editing;
    private final PostAccess access;

    EditPages(QuestionService questions, PostEditing editing, PostAccess access) {
        this.questions = questions;
        this.editing = editing;
        this.access = access;
    }

    @GetMapping("/posts/{id}/edit")
    String form(PageContext ctx, Actor actor, @PathVariable long id, Model model) {
        Post post = access.visible(new Viewer(actor), id);
        return show(ctx, actor, new EditForm(post, post.title(), post.bodyMarkdown(), String.join(" ", post.tags()), "",
                false, Map.of()), model);
    }

    @PostMapping("/posts/{id}/edit")
    String save(PageContext ctx, Actor actor, @PathVariable long id, @RequestParam(required = false) String title,
                @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String tags,
                @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        Post post = access.visible(new Viewer(actor), id);
        try {
            editing.edit(actor, id, new PostEdit(post.isQuestion() ? title : null, body,
                    post.isQuestion() && tags != null ? AskPage.splitTags(tags) : null, reason));
            return "redirect:" + url(post) + "#post-" + id;
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            return show(ctx, actor, new EditForm(post, title, body, tags, reason, false,
                    QuestionPages.errors(invalid, "")), model);
        }
    }

    @GetMapping("/posts/{id}/revisions")
    String revisions(PageContext ctx, Viewer viewer, @PathVariable long id, Model model) {
        Post post = access.visible(viewer, id);
        List<Revision> revisions = editing.revisions(viewer, id);
        List<RevisionDiff> diffs = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            diffs.add(RevisionDiff.between(i == 0 ? null : revisions.get(i - 1), revisions.get(i)));
        }
        model.addAttribute("ctx", ctx);
        model.addAttribute("post", post);
        model.addAttribute("questionUrl", url(post));
        model.addAttribute("diffs", diffs);
        return "post/revisions";
    }

    @GetMapping("/posts/{id}/redact")
    String redactForm(PageContext ctx, Actor actor, @PathVariable long id, Model model) {
        requireModerator(actor);
        return showRedact(ctx, new RedactForm(access.visible(new Viewer(actor), id), "", "removed by moderator: ", Map.of()), model);
    }

    @PostMapping("/posts/{id}/redact")
    String redact(PageContext ctx, Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String text,
                  @RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response) {
        Post post = access.visible(new Viewer(actor), id);
        try {
            editing.redact(actor, id, new Redaction(text, note));
            return "redirect:" + url(post) + "#post-" + id;
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            return showRedact(ctx, new RedactForm(post, text, note, QuestionPages.errors(invalid, "")), model);
        }
    }

    @PostMapping("/questions/{id}/close")
    String close(Actor actor, @PathVariable long id, @RequestParam(required = false) String duplicateOf) {
        editing.closeAsDuplicate(actor, id, questionNumber(duplicateOf));
        return "redirect:" + url(access.visible(new Viewer(actor), id));
    }

    @PostMapping("/questions/{id}/reopen")
    String reopen(Actor actor, @PathVariable long id) {
        editing.reopen(actor, id);
        return "redirect:" + url(access.visible(new Viewer(actor), id));
    }

    /** Accepts "42", "#42" or a pasted question address; null when it names no question. */
    static Long questionNumber(String text) {
        if (text == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("(?:/questions/|#|^\\s*)(\\d{1,18})").matcher(text.strip());
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    @PostMapping("/posts/{id}/delete")
    String delete(Actor actor, @PathVariable long id) {
        Post post = access.visible(new Viewer(actor), id);
        editing.delete(actor, id);
        return "redirect:" + (post.isQuestion() && !actor.canModerate() ? "/" : url(post) + "#post-" + id);
    }

    @PostMapping("/posts/{id}/undelete")
    String undelete(Actor actor, @PathVariable long id) {
        editing.undelete(actor, id);
        return "redirect:" + url(access.visible(new Viewer(actor), id)) + "#post-" + id;
    }

    private String show(PageContext ctx, Actor actor, EditForm form, Model model) {
        boolean own = form.post().author().id() == actor.id();
        if (!own && !actor.canEditAnyPost()) {
            throw new org.parley.problem.Forbidden("You can edit only your own posts.");
        }
        model.addAttribute("ctx", ctx);
        model.addAttribute("form", new EditForm(form.post(), form.title(), form.body(), form.tags(), form.reason(), !own,
                form.errors()));
        return "post/edit";
    }

    private String showRedact(PageContext ctx, RedactForm form, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("form", form);
        return "post/redact";
    }

    private static void requireModerator(Actor actor) {
        if (!actor.canModerate()) {
            throw new org.parley.problem.Forbidden("Only moderators can redact posts.");
        }
    }

    private String url(Post post) {
        Post q = post.isQuestion() ? post : questions.find(post.parentId()).orElse(post);
        return "/questions/" + q.questionId() + "/" + Slug.of(q.title());
    }
}
