package org.parley.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed logins ({@code parley.security.login-throttle.*}).
 *
 * @param maxFailuresPerAccount failures within {@code window} after which the account is refused
 * @param maxFailuresPerAddress failures from one client address within {@code window}
 * @param window                how long a failure counts, and how long a refusal lasts
 */
@ConfigurationProperties("parley.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window) {
}
