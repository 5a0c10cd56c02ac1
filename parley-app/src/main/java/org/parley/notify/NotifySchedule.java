package org.parley.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The background side of notifications, only in the server: the command line's short-lived
 * processes leave queued mail for the server to send.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
@EnableConfigurationProperties(NotifyProperties.class)
class NotifySchedule {

    private final MailWorker worker;
    private final DigestJob digests;

    NotifySchedule(MailWorker worker, DigestJob digests) {
        this.worker = worker;
        this.digests = digests;
    }

    @Scheduled(fixedDelayString = "${parley.notify.mail-poll:5s}", initialDelayString = "${parley.notify.mail-poll:5s}")
    void sendMail() {
        worker.sendDue();
    }

    @Scheduled(cron = "${parley.notify.digest-cron:0 0 7 * * *}")
    void dailyDigest() {
        digests.queueDigests();
    }
}
