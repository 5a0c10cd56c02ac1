package org.parley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.ApiClient;
import org.parley.support.ApiClient.Response;
import org.parley.support.PageClient;
import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.UserService;
import org.parley.support.TempSqlite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The unanswered queue with claims that expire, and closing a question as a duplicate in one step. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.security.bcrypt-strength=4", "parley.desk.claim-duration=2s", "logging.level.org.parley=WARN"})
class DeskIntegrationTests {

    private static final String PASSWORD = "desk password";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private ApiClient api;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-desk");
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port + "/api/v1");
    }

    private String account(String prefix, Role role) {
        String handle = prefix + System.nanoTime() % 1_000_000;
        users.create(new NewAccount(handle, "Name " + handle, PASSWORD, null, role));
        return handle;
    }

    private long ask(String handle, String title, String tag) {
        return api.as(handle, PASSWORD).post("/questions", Map.of("title", title, "body", "Body of " + title,
                "tags", List.of(tag))).json().get("id").asLong();
    }

    private PageClient pages(String handle) {
        return new PageClient("http://localhost:" + port).logIn(handle, PASSWORD);
    }

    @Test
    void aClaimHidesTheQuestionFromOtherExpertsUntilItExpires() throws Exception {
        String asker = account("asker", Role.MEMBER);
        String tag = "claims" + System.nanoTime() % 10000;
        long older = ask(asker, "The older unanswered question here", tag);
        long newer = ask(asker, "The newer unanswered question here", tag);
        String alice = account("alice", Role.EXPERT);
        String bob = account("bob", Role.EXPERT);

        PageClient alicePages = pages(alice);
        Response claimed = alicePages.postForm("/questions/" + older + "/claim",
                Map.of("_csrf", alicePages.csrfToken("/unanswered"), "back", "/unanswered?tag=" + tag));
        assertThat(claimed.status()).isEqualTo(302);

        PageClient bobPages = pages(bob);
        String bobQueue = bobPages.get("/unanswered?tag=" + tag).body();
        assertThat(bobQueue).doesNotContain("The older unanswered question here").contains("The newer unanswered question here");
        assertThat(bobPages.get("/unanswered?tag=" + tag + "&claimed=show").body())
                .contains("The older unanswered question here").contains("is on it");
        assertThat(alicePages.get("/unanswered?tag=" + tag).body()).contains("The older unanswered question here");
        Response stolen = bobPages.postForm("/questions/" + older + "/claim", Map.of("_csrf", bobPages.csrfToken("/unanswered")));
        assertThat(stolen.status()).isEqualTo(409);

        PageClient memberPages = pages(asker);
        assertThat(memberPages.postForm("/questions/" + newer + "/claim",
                Map.of("_csrf", memberPages.csrfToken("/unanswered"))).status()).isEqualTo(403);

        Thread.sleep(2200);
        assertThat(bobPages.get("/unanswered?tag=" + tag).body()).as("the claim expired")
                .contains("The older unanswered question here");
        assertThat(bobPages.postForm("/questions/" + older + "/claim",
                Map.of("_csrf", bobPages.csrfToken("/unanswered"))).status()).isEqualTo(302);
    }

    @Test
    void theQueueIsOldestFirstOrByVotesAndFiltersByTag() {
        String asker = account("asker", Role.MEMBER);
        String tag = "order" + System.nanoTime() % 10000;
        long first = ask(asker, "First question waiting in the queue", tag);
        long second = ask(asker, "Second question waiting in the queue", tag);
        api.as(account("voter", Role.MEMBER), PASSWORD).post("/posts/" + second + "/votes", Map.of("value", 1));
        PageClient reader = new PageClient("http://localhost:" + port);
        String oldest = reader.get("/unanswered?tag=" + tag).body();
        assertThat(oldest.indexOf("First question waiting")).isLessThan(oldest.indexOf("Second question waiting"));
        String votes = reader.get("/unanswered?tag=" + tag + "&order=votes").body();
        assertThat(votes.indexOf("Second question waiting")).isLessThan(votes.indexOf("First question waiting"));
        assertThat(reader.get("/unanswered?tag=" + tag + "&order=loudest").status()).isEqualTo(422);
        api.as(account("helper", Role.MEMBER), PASSWORD).post("/questions/" + first + "/answers", Map.of("body", "Answered."));
        assertThat(reader.get("/unanswered?tag=" + tag).body()).doesNotContain("First question waiting");
    }

    @Test
    void anExpertClosesADuplicateInOneStepAndReadersAreSentToTheOriginal() {
        String asker = account("asker", Role.MEMBER);
        String tag = "dup" + System.nanoTime() % 10000;
        long original = ask(asker, "How do I read the registry from a KMDF driver?", tag);
        api.as(account("helper", Role.MEMBER), PASSWORD).post("/questions/" + original + "/answers",
                Map.of("body", "Use WdfDeviceOpenRegistryKey."));
        long duplicate = ask(account("second", Role.MEMBER), "Reading registry values in a KMDF driver", tag);
        org.parley.support.Indexing.awaitSimilar(api, "Reading registry values in a KMDF driver",
                "\"title\":\"How do I read the registry from a KMDF driver?\",\"answerCount\":1");

        assertThat(api.as(asker, PASSWORD).post("/questions/" + duplicate + "/close", Map.of("duplicateOf", original)).status())
                .as("members cannot close").isEqualTo(403);
        String expert = account("expert", Role.EXPERT);
        PageClient expertPages = pages(expert);
        String page = expertPages.get("/questions/" + duplicate + "/reading-registry-values-in-a-kmdf-driver").body();
        assertThat(page).contains("Close as duplicate of");
        Response closed = expertPages.postForm("/questions/" + duplicate + "/close",
                Map.of("_csrf", expertPages.csrfToken("/unanswered"), "duplicateOf", String.valueOf(original)));
        assertThat(closed.status()).isEqualTo(302);

        String readerView = new PageClient("http://localhost:" + port)
                .get("/questions/" + duplicate + "/reading-registry-values-in-a-kmdf-driver").body();
        assertThat(readerView).contains("closed as a duplicate of")
                .contains("href=\"/questions/" + original + "/how-do-i-read-the-registry-from-a-kmdf-driver\"");
        assertThat(api.get("/questions/" + duplicate).json().get("closedAsDuplicateOf").asLong()).isEqualTo(original);
        assertThat(api.as(expert, PASSWORD).post("/questions/" + duplicate + "/answers", Map.of("body", "late")).status())
                .isEqualTo(409);
        assertThat(api.as(expert, PASSWORD).post("/questions/" + original + "/close", Map.of("duplicateOf", original))
                .status()).isEqualTo(422);
    }
}
