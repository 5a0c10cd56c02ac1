package org.parley.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Once a day, one mail per person who chose the digest, listing what they have not had mailed yet. */
@Component
class DigestJob {

    private final NotifyStore store;
    private final NotificationMail mail;
    private final Clock clock;

    DigestJob(NotifyStore store, NotificationMail mail, Clock clock) {
        this.store = store;
        this.mail = mail;
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
                        .append(mail.link(n.questionId(), n.questionTitle(), n.anchor())).append("\n");
            }
            mail.queue(reader, "Your daily digest: " + items.size() + (items.size() == 1 ? " notification" : " notifications"),
                    body.toString(), now);
            store.markDigested(items.stream().map(Notification::id).toList(), now);
            queued++;
        }
        return queued;
    }
}
