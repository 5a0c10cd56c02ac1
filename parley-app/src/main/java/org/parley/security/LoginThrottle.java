package org.parley.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in a sliding window; past the limit the
 * login is refused (429) until old failures age out. Kept in memory: a restart forgets, which only
 * ever errs on the side of letting a person in. Several app nodes each count on their own.
 */
@Component
@ConditionalOnWebApplication
class LoginThrottle {

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the caller must wait, or {@link Duration#ZERO} when a login may be tried now. */
    Duration waitBeforeTrying(String account, String address) {
        Instant now = clock.instant();
        Duration a = wait(byAccount, account, limits.maxFailuresPerAccount(), now);
        Duration b = wait(byAddress, address, limits.maxFailuresPerAddress(), now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        record(byAccount, account, now);
        record(byAddress, address, now);
    }

    void succeeded(String account) {
        if (account != null) {
            byAccount.remove(account);
        }
    }

    private void record(Map<String, Deque<Instant>> counts, String key, Instant now) {
        if (key == null) {
            return;
        }
        counts.compute(key, (k, failures) -> {
            Deque<Instant> d = failures == null ? new ArrayDeque<>() : failures;
            d.addLast(now);
            prune(d, now);
            return d;
        });
    }

    private Duration wait(Map<String, Deque<Instant>> counts, String key, int max, Instant now) {
        if (key == null) {
            return Duration.ZERO;
        }
        Deque<Instant> failures = counts.get(key);
        if (failures == null) {
            return Duration.ZERO;
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < max) {
                return Duration.ZERO;
            }
            // Trying again becomes possible once enough old failures have aged out of the window.
            Instant freeAt = failures.stream().skip(failures.size() - max).findFirst().orElse(now)
                    .plus(limits.window());
            return Duration.between(now, freeAt).isNegative() ? Duration.ZERO : Duration.between(now, freeAt);
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        Instant cutoff = now.minus(limits.window());
        while (!failures.isEmpty() && failures.peekFirst().isBefore(cutoff)) {
            failures.removeFirst();
        }
    }
}
