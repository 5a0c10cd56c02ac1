package org.parley.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.parley.web.SiteProperties;
import org.parley.web.Slug;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Once a day, one mail per person who chose the digest, listing what they have not had mailed yet. */
@Component
class DigestJob {

    private final NotifyStore store;
    private final MailOutbox mail;
    private final UnsubscribeLinks unsubscribe;
    private final SiteProperties site;
    private final Clock clock;

    DigestJob(NotifyStore store, MailOutbox mail, UnsubscribeLinks unsubscribe, SiteProperties site, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.unsubscribe = unsubscribe;
        this.site = site;
        this.clock = clock;
    }

    /** Queues the digests; returns how many people get one. */
    @Transactional
    int queueDigests() {
        Instant now = clock.instant();
        int queued = 0;
        for (NotifyStore.Recipient reader : store.dailyDigestReaders()) {
            List<Notification> items = store.undigested(reader.id(), now);
            if (items.isEmpty()) {
                continue;
            }
            StringBuilder body = new StringBuilder("Since your last digest:\n\n");
            for (Notification n : items) {
                body.append("- ").append(n.kind().headline()).append(": ").append(n.questionTitle()).append("\n  ")
                        .append(site.link("/questions/" + n.questionId() + "/" + Slug.of(n.questionTitle()) + n.anchor()))
                        .append("\n");
            }
            body.append("\nYour notifications: ").append(site.link("/inbox"))
                    .append("\nStop these e-mails: ").append(unsubscribe.url(reader.id())).append("\n");
            mail.enqueue(reader.id(), reader.email(), "[" + site.name() + "] Your daily digest: " + items.size()
                    + (items.size() == 1 ? " notification" : " notifications"), body.toString(), unsubscribe.url(reader.id()), now);
            store.markDigested(items.stream().map(Notification::id).toList(), now);
            queued++;
        }
        return queued;
    }
}
