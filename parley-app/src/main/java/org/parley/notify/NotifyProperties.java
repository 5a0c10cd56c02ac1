package org.parley.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification mail settings ({@code parley.notify.*}); the SMTP server itself is Spring's
 * {@code spring.mail.host}, {@code port}, {@code username}, {@code password} and
 * {@code properties.mail.smtp.starttls.enable}.
 *
 * @param from        sender address of notification mail
 * @param mailPoll    how often the mail worker looks for due mail
 * @param retryBase   first wait after a failed delivery; each further failure doubles it
 * @param retryMax    the longest wait between two attempts
 * @param digestCron  when the daily digest goes out (Spring cron, server time zone)
 */
@ConfigurationProperties("parley.notify")
public record NotifyProperties(
        @DefaultValue("parley@localhost") String from,
        @DefaultValue("5s") Duration mailPoll,
        @DefaultValue("30s") Duration retryBase,
        @DefaultValue("1h") Duration retryMax,
        @DefaultValue("0 0 7 * * *") String digestCron) {
}
