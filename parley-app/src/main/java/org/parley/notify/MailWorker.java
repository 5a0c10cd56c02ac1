package org.parley.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends queued mail in the background with retry and exponential backoff: an SMTP outage delays
 * notifications but neither blocks posting nor loses anything. Without a configured mail server
 * ({@code spring.mail.host}) mail simply stays queued.
 */
@Component
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    private static final int BATCH = 50;

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final NotifyProperties properties;
    private final Clock clock;

    MailWorker(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, NotifyProperties properties, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is due; returns how many went out. Called by the scheduler and by tests. */
    int sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return 0;
        }
        int sent = 0;
        for (MailOutbox.QueuedMail mail : outbox.due(clock.instant(), BATCH)) {
            try {
                smtp.send(message(smtp, mail));
                outbox.sent(mail.id(), clock.instant());
                sent++;
            } catch (Exception e) {
                Instant next = clock.instant().plus(backoff(mail.attempts()));
                log.warn("Mail {} to {} failed (attempt {}), retrying at {}: {}", mail.id(), mail.recipient(),
                        mail.attempts() + 1, next, e.getMessage());
                outbox.failed(mail.id(), String.valueOf(e.getMessage()), next);
                break; // the server is likely down for the rest of the batch too
            }
        }
        return sent;
    }

    Duration backoff(int attemptsSoFar) {
        Duration wait = properties.retryBase().multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return wait.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : wait;
    }

    private MimeMessage message(JavaMailSender smtp, MailOutbox.QueuedMail mail) throws Exception {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address.
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }
}
