package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private Instant now = Instant.parse("2026-11-26T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, 5, Duration.ofMinutes(10)), clock);

    @Test
    void refusesAnAccountAfterTooManyFailuresUntilTheyAgeOut() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBeforeTrying("alice", "10.0.0.1")).isZero();
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeTrying("alice", "10.0.0.2")).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.waitBeforeTrying("bob", "10.0.0.2")).isZero();
        now = now.plus(Duration.ofMinutes(10)).plusSeconds(1);
        assertThat(throttle.waitBeforeTrying("alice", "10.0.0.1")).isZero();
    }

    @Test
    void refusesAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertThat(throttle.waitBeforeTrying("someone-else", "10.9.9.9")).isPositive();
        assertThat(throttle.waitBeforeTrying("someone-else", "10.0.0.1")).isZero();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        throttle.failed("alice", "10.0.0.1");
        throttle.failed("alice", "10.0.0.1");
        throttle.succeeded("alice");
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.waitBeforeTrying("alice", "10.0.0.1")).isZero();
    }
}
