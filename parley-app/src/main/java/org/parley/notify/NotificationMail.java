package org.parley.notify;

import java.time.Instant;

import org.parley.web.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * Writes a notification mail the same way for single events and digests: the site's name in the
 * subject, the text, then the links every such mail carries (inbox, settings, unsubscribe), and
 * queues it for the mail worker.
 */
@Component
class NotificationMail {

    private final MailOutbox outbox;
    private final UnsubscribeLinks unsubscribe;
    private final SiteProperties site;

    NotificationMail(MailOutbox outbox, UnsubscribeLinks unsubscribe, SiteProperties site) {
        this.outbox = outbox;
        this.unsubscribe = unsubscribe;
        this.site = site;
    }

    void queue(NotifyStore.Recipient to, String subject, String text, Instant at) {
        String unsubscribeUrl = unsubscribe.url(to.id());
        String body = text + "\n"
                + "Your notifications: " + site.link("/inbox") + "\n"
                + "Change e-mail settings: " + site.link("/account/notifications") + "\n"
                + "Stop these e-mails: " + unsubscribeUrl + "\n";
        outbox.enqueue(to.id(), to.email(), "[" + site.name() + "] " + subject, body, unsubscribeUrl, at);
    }

    /** The address of a question (and the post in it) as a mail links it. */
    String link(long questionId, String title, String anchor) {
        return site.link("/questions/" + questionId + "/" + org.parley.web.Slug.of(title) + anchor);
    }
}
