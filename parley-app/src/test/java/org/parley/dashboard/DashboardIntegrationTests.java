package org.parley.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiClient;
import org.parley.support.PageClient;
import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.UserService;
import org.parley.support.TempSqlite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard's figures against a fixture whose answers were worked out by hand: five questions
 * over two weeks with known answer times (see the comments), posted at set times through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.security.bcrypt-strength=4", "logging.level.org.parley=WARN",
                "parley.search.indexer-enabled=false"})
class DashboardIntegrationTests {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String PASSWORD = "dashboard password";

    @TestConfiguration
    static class FixedTime {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock();
        }
    }

    static final class SettableClock extends Clock {
        private volatile Instant now = NOW;

        void set(String iso) {
            now = Instant.parse(iso);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;

    @Autowired
    UserService users;

    @Autowired
    BacklogDashboard dashboard;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-dashboard");
    }

    @Test
    void figuresMatchTheHandComputedFixture() {
        users.create(new NewAccount("asker", "Asker", PASSWORD, null, Role.MEMBER));
        users.create(new NewAccount("member", "Member", PASSWORD, null, Role.MEMBER));
        users.create(new NewAccount("expert1", "Expert One", PASSWORD, null, Role.EXPERT));
        ApiClient api = new ApiClient("http://localhost:" + port + "/api/v1");
        ApiClient asker = api.as("asker", PASSWORD);
        ApiClient expert = api.as("expert1", PASSWORD);
        ApiClient member = api.as("member", PASSWORD);

        // Week of Nov 16: Q1 answered after 2 h, Q2 after 48 h, Q3 never.
        long q1 = ask(asker, "2026-11-16T10:00:00Z", "Question one about alpha", "alpha");
        answer(expert, "2026-11-16T12:00:00Z", q1);
        long q2 = ask(asker, "2026-11-17T10:00:00Z", "Question two about alpha", "alpha");
        long a2 = answer(expert, "2026-11-19T10:00:00Z", q2);
        ask(asker, "2026-11-18T10:00:00Z", "Question three about beta", "beta");
        // Week of Nov 23: Q4 answered after 30 min by a member, then by the expert after 1 h; Q5 never.
        long q4 = ask(asker, "2026-11-23T09:00:00Z", "Question four about beta", "beta");
        answer(member, "2026-11-23T09:30:00Z", q4);
        answer(expert, "2026-11-23T10:00:00Z", q4);
        ask(asker, "2026-11-24T09:00:00Z", "Question five about alpha", "alpha");
        clock.set("2026-11-24T10:00:00Z");
        asker.post("/answers/" + a2 + "/accept", null);
        clock.set("2026-11-25T12:00:00Z");

        BacklogFigures f = dashboard.figures(users.find("expert1").asActor(), 2);
        assertThat(f.from()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(f.questions()).isEqualTo(5);
        assertThat(f.answeredIn24h()).isEqualTo(2.0 / 5);           // Q1, Q4
        assertThat(f.answeredIn7d()).isEqualTo(3.0 / 5);            // Q1, Q2, Q4
        assertThat(f.medianFirstAnswer()).isEqualTo(Duration.ofHours(2)); // of 30 min, 2 h, 48 h
        assertThat(f.weeks()).containsExactly(
                new BacklogFigures.Week(LocalDate.parse("2026-11-16"), 3, 1),   // Q3 open at Nov 23 00:00
                new BacklogFigures.Week(LocalDate.parse("2026-11-23"), 2, 2));  // Q3, Q5 open now
        assertThat(f.tags()).containsExactly(
                new BacklogFigures.TagFigures("alpha", 3, 1.0 / 3, 2.0 / 3, Duration.ofHours(25), 1),
                new BacklogFigures.TagFigures("beta", 2, 0.5, 0.5, Duration.ofMinutes(30), 1));
        assertThat(f.experts()).containsExactly(
                new BacklogFigures.ExpertFigures("expert1", "Expert One", 3, 2, 1, Duration.ofHours(2)));

        PageClient page = new PageClient("http://localhost:" + port).logIn("expert1", PASSWORD);
        String html = page.get("/dashboard?weeks=2").body();
        assertThat(html).contains("<dd id=\"kpi-24h\">40 %</dd>", "<dd id=\"kpi-7d\">60 %</dd>",
                "<dd id=\"kpi-median\">2 h 0 min</dd>", "<svg class=\"chart\"", "1 d 1 h");
        assertThat(new PageClient("http://localhost:" + port).logIn("member", PASSWORD).get("/dashboard").status())
                .isEqualTo(403);
        assertThat(page.get("/dashboard?weeks=0").status()).isEqualTo(422);
    }

    private long ask(ApiClient client, String at, String title, String tag) {
        clock.set(at);
        return client.post("/questions", Map.of("title", title, "body", title + ".", "tags", List.of(tag)))
                .json().get("id").asLong();
    }

    private long answer(ApiClient client, String at, long questionId) {
        clock.set(at);
        return client.post("/questions/" + questionId + "/answers", Map.of("body", "An answer."))
                .json().get("id").asLong();
    }
}
