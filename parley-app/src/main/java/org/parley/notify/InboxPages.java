package org.parley.notify;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.parley.web.InboxCounter;
import org.parley.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The inbox, notification settings, and the unsubscribe link mails carry. */
@Controller
class InboxPages implements InboxCounter {

    private final Notifications notifications;

    InboxPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public long unread(long userId) {
        return notifications.unread(userId);
    }

    @GetMapping("/inbox")
    String inbox(PageContext ctx, Actor actor, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("items", notifications.inbox(actor));
        return "notify/inbox";
    }

    @PostMapping("/inbox/read")
    String markRead(Actor actor) {
        notifications.markAllRead(actor);
        return "redirect:/inbox";
    }

    @GetMapping("/account/notifications")
    String settings(PageContext ctx, Actor actor, Model model) {
        var prefs = notifications.preferences(actor);
        return settingsPage(ctx, prefs.frequency().name().toLowerCase(), String.join(" ", prefs.watchedTags()),
                Map.of(), false, model);
    }

    @PostMapping("/account/notifications")
    String save(PageContext ctx, Actor actor, @RequestParam(defaultValue = "") String frequency,
                @RequestParam(defaultValue = "") String tags, Model model, HttpServletResponse response) {
        try {
            notifications.savePreferences(actor, frequency, Arrays.asList(tags.split("[\\s,;]+")));
            return settingsPage(ctx, frequency, tags, Map.of(), true, model);
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            return settingsPage(ctx, frequency, tags, invalid.messagesByField(""), false, model);
        }
    }

    private String settingsPage(PageContext ctx, String frequency, String tags, Map<String, String> errors,
                                boolean saved, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("frequency", frequency);
        model.addAttribute("tags", tags);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return "notify/settings";
    }

    @GetMapping("/unsubscribe")
    String unsubscribePage(PageContext ctx, @RequestParam(defaultValue = "0") long u,
                           @RequestParam(defaultValue = "") String t, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("u", u);
        model.addAttribute("t", t);
        model.addAttribute("done", false);
        return "notify/unsubscribe";
    }

    /**
     * RFC 8058 one-click: mail clients POST {@code List-Unsubscribe=One-Click} here without any
     * session or CSRF token; the HMAC in the link is what authorises it.
     */
    @PostMapping("/unsubscribe")
    String unsubscribe(PageContext ctx, @RequestParam(defaultValue = "0") long u, @RequestParam(defaultValue = "") String t,
                       Model model, HttpServletResponse response) {
        boolean done = notifications.unsubscribe(u, t);
        if (!done) {
            response.setStatus(400);
        }
        model.addAttribute("ctx", ctx);
        model.addAttribute("u", u);
        model.addAttribute("t", t);
        model.addAttribute("done", done);
        return "notify/unsubscribe";
    }
}
