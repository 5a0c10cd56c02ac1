package org.parley.post;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.parley.markdown.MarkdownRenderer;
import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.parley.web.OnceOnly;
import org.parley.web.PageContext;
import org.parley.web.Slug;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Asking: the form, its submission, and the live Markdown preview the form's script asks for. */
@Controller
class AskPage {

    private final QuestionService questions;
    private final MarkdownRenderer markdown;
    private final OnceOnly onceOnly;

    AskPage(QuestionService questions, MarkdownRenderer markdown, OnceOnly onceOnly) {
        this.questions = questions;
        this.markdown = markdown;
        this.onceOnly = onceOnly;
    }

    @GetMapping("/ask")
    String form(PageContext ctx, Actor actor, Model model) {
        return show(ctx, new AskForm("", "", "", Map.of(), OnceOnly.newToken(), List.of()), model);
    }

    @PostMapping("/ask")
    String ask(PageContext ctx, Actor actor, @RequestParam(defaultValue = "") String title,
               @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String tags,
               @RequestParam(required = false) String formToken, Model model, HttpServletResponse response) {
        try {
            String target = onceOnly.run(formToken, actor.id(), () -> {
                Post q = questions.ask(actor, new AskQuestion(title, body, splitTags(tags)));
                return "/questions/" + q.id() + "/" + Slug.of(q.title());
            });
            return "redirect:" + target;
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            return show(ctx, new AskForm(title, body, tags, QuestionPages.errors(invalid, ""), formToken, List.of()), model);
        }
    }

    @PostMapping(value = "/preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(Actor actor, @RequestParam(defaultValue = "") String body) {
        if (body.length() > PostRules.BODY_MAX_BYTES) {
            throw InvalidInput.of("body", "must be at most 256 KiB of text");
        }
        return markdown.toPageHtml(body, "preview");
    }

    private String show(PageContext ctx, AskForm form, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("form", new AskForm(form.title(), form.body(), form.tags(), form.errors(), form.formToken(),
                questions.tags(TagSort.POPULAR, 200)));
        return "post/ask";
    }

    static List<String> splitTags(String tags) {
        return Arrays.stream(tags.split("[\\s,;]+")).filter(t -> !t.isBlank()).toList();
    }
}
