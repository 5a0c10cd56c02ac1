package org.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.ApiClient;
import org.parley.support.ApiClient.Response;
import org.parley.user.NewAccount;
import org.parley.user.Role;
import org.parley.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The JSON API contract, run against a real server on a real database: once on SQLite
 * ({@link SqliteApiIntegrationTests}) and once on PostgreSQL ({@link PostgresApiIntegrationTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.security.bcrypt-strength=4", "logging.level.org.parley=WARN"})
abstract class ApiContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    ApiClient anonymous;

    @BeforeEach
    void client() {
        anonymous = new ApiClient("http://localhost:" + port + "/api/v1");
    }

    String handle(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
    }

    ApiClient register(String prefix) {
        String handle = handle(prefix);
        Response r = anonymous.post("/users", Map.of("handle", handle, "displayName", "Display " + handle,
                "password", PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return anonymous.as(handle, PASSWORD);
    }

    ApiClient withRole(Role role) {
        String handle = handle(role.dbValue());
        users.create(new NewAccount(handle, null, PASSWORD, null, role));
        return anonymous.as(handle, PASSWORD);
    }

    static Map<String, Object> question(String title) {
        return Map.of("title", title, "body", "How do I call `WdfRequestSend` with a timeout?\n\n```c\nWDF_REQUEST_SEND_OPTIONS o;\n```",
                "tags", List.of("kmdf", "io-target"));
    }

    long ask(ApiClient client, String title) {
        Response r = client.post("/questions", question(title));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    long answer(ApiClient client, long questionId, String body) {
        Response r = client.post("/questions/" + questionId + "/answers", Map.of("body", body));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void askAnswerCommentVoteAcceptEditAndReadBack() {
        ApiClient asker = register("asker");
        ApiClient expert = register("expert");

        Response asked = asker.post("/questions", question("Sending a request with a timeout in KMDF"));
        assertThat(asked.status()).isEqualTo(201);
        long questionId = asked.json().get("id").asLong();
        assertThat(asked.header("Location")).endsWith("/api/v1/questions/" + questionId);

        long answerId = answer(expert, questionId, "Use `WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT` before **WdfRequestSend**.");
        long otherAnswer = answer(register("peer"), questionId, "Or poll it yourself.");

        Response comment = asker.post("/posts/" + answerId + "/comments", Map.of("body", "Which units is the timeout in?"));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);

        Response vote = asker.post("/posts/" + answerId + "/votes", Map.of("value", 1));
        assertThat(vote.status()).isEqualTo(200);
        assertThat(vote.json().get("score").asInt()).isEqualTo(1);
        Response changed = asker.post("/posts/" + otherAnswer + "/votes", Map.of("value", -1));
        assertThat(changed.json().get("score").asInt()).isEqualTo(-1);
        assertThat(asker.post("/posts/" + otherAnswer + "/votes", Map.of("value", 0)).json().get("score").asInt())
                .isZero();

        Response accepted = asker.post("/answers/" + answerId + "/accept", null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("acceptedAnswerId").asLong()).isEqualTo(answerId);

        Response edited = expert.patch("/posts/" + answerId,
                Map.of("body", "Use `WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT` (100 ns units).", "reason", "units"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        JsonNode revisions = anonymous.get("/posts/" + answerId + "/revisions").json();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).get("reason").asString()).isEqualTo("units");
        assertThat(revisions.get(0).get("bodyMarkdown").asString()).contains("**WdfRequestSend**");

        JsonNode read = anonymous.get("/questions/" + questionId).json();
        assertThat(read.get("title").asString()).isEqualTo("Sending a request with a timeout in KMDF");
        assertThat(read.get("tags")).extracting(JsonNode::asString).containsExactly("kmdf", "io-target");
        assertThat(read.get("answerCount").asInt()).isEqualTo(2);
        assertThat(read.get("acceptedAnswerId").asLong()).isEqualTo(answerId);
        JsonNode first = read.get("answers").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(answerId);
        assertThat(first.get("accepted").asBoolean()).isTrue();
        assertThat(first.get("score").asInt()).isEqualTo(1);
        assertThat(first.get("bodyMarkdown").asString()).contains("100 ns units");
        assertThat(first.get("bodyHtml").asString()).contains("<code>WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT</code>");
        assertThat(first.get("comments").get(0).get("body").asString()).isEqualTo("Which units is the timeout in?");
        assertThat(first.get("author").get("displayName").asString()).startsWith("Display expert");

        JsonNode list = anonymous.get("/questions?sort=active&tag=io-target&pageSize=100").json();
        assertThat(list.get("items")).extracting(q -> q.get("id").asLong()).contains(questionId);
        JsonNode tags = anonymous.get("/tags?sort=popular").json();
        assertThat(tags).extracting(t -> t.get("name").asString()).contains("kmdf", "io-target");
    }

    @Test
    void listTotalsFollowEveryChangeThatMovesThem() {
        // The totals are kept between views (post.QuestionCounts); each change below must show at once.
        String tag = "counted-" + SEQUENCE.incrementAndGet();
        ApiClient asker = register("counter");
        ApiClient moderator = withRole(Role.MODERATOR);
        long all = total("/questions");
        assertThat(total("/questions?tag=" + tag)).isZero();

        long first = asker.post("/questions", Map.of("title", "First question under a counted tag",
                "body", "Why does `IoCallDriver` return STATUS_PENDING here?", "tags", List.of(tag))).json().get("id").asLong();
        long second = ask(asker, "Second question, tagged otherwise at first");
        assertThat(total("/questions")).isEqualTo(all + 2);
        assertThat(total("/questions?tag=" + tag)).isEqualTo(1);
        assertThat(total("/questions?sort=unanswered&tag=" + tag)).isEqualTo(1);

        Response retagged = asker.patch("/posts/" + second, Map.of("tags", List.of(tag), "reason", "retag"));
        assertThat(retagged.status()).as(retagged.toString()).isEqualTo(200);
        assertThat(total("/questions?tag=" + tag)).isEqualTo(2);

        long answer = answer(moderator, first, "It queued the IRP; wait for the completion routine.");
        assertThat(total("/questions?sort=unanswered&tag=" + tag)).isEqualTo(1);
        assertThat(moderator.delete("/posts/" + answer).status()).isEqualTo(204);
        assertThat(total("/questions?sort=unanswered&tag=" + tag)).isEqualTo(2);

        assertThat(moderator.post("/questions/" + second + "/close", Map.of("duplicateOf", first)).status()).isEqualTo(200);
        assertThat(total("/questions?sort=unanswered&tag=" + tag)).isEqualTo(1);
        assertThat(moderator.delete("/questions/" + second + "/close").status()).isEqualTo(200);
        assertThat(total("/questions?sort=unanswered&tag=" + tag)).isEqualTo(2);

        assertThat(asker.delete("/posts/" + first).status()).isEqualTo(204);
        assertThat(total("/questions")).isEqualTo(all + 1);
        assertThat(total("/questions?tag=" + tag)).isEqualTo(1);
        assertThat(moderator.post("/posts/" + first + "/undelete", null).status()).isEqualTo(200);
        assertThat(total("/questions")).isEqualTo(all + 2);
        assertThat(total("/questions?tag=" + tag)).isEqualTo(2);
    }

    private long total(String path) {
        Response r = anonymous.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("total").asLong();
    }

    @Test
    void acceptingAnotherAnswerMovesTheMark() {
        ApiClient asker = register("asker");
        long q = ask(asker, "Which answer will be accepted in the end?");
        long a1 = answer(register("one"), q, "First answer.");
        long a2 = answer(register("two"), q, "Second answer.");
        asker.post("/answers/" + a1 + "/accept", null);
        Response moved = asker.post("/answers/" + a2 + "/accept", null);
        assertThat(moved.json().get("acceptedAnswerId").asLong()).isEqualTo(a2);
        JsonNode read = anonymous.get("/questions/" + q).json();
        assertThat(read.get("answers").get(0).get("id").asLong()).isEqualTo(a2);
        assertThat(read.get("answers").get(1).get("accepted").asBoolean()).isFalse();
    }

    @Test
    void membersTouchOnlyTheirOwnPostsModeratorsAnyAndAnonymousWritesAreRefused() {
        ApiClient alice = register("alice");
        ApiClient mallory = register("mallory");
        long q = ask(alice, "A question that belongs to Alice");
        long a = answer(mallory, q, "Mallory's answer.");

        assertThat(mallory.patch("/posts/" + q, Map.of("body", "vandalised", "reason", "x")).status()).isEqualTo(403);
        assertThat(mallory.delete("/posts/" + q).status()).isEqualTo(403);
        assertThat(mallory.post("/posts/" + a + "/votes", Map.of("value", 1)).status()).isEqualTo(403);
        assertThat(alice.post("/posts/" + q + "/votes", Map.of("value", 1)).status()).isEqualTo(403);
        assertThat(mallory.post("/answers/" + a + "/accept", null).status()).isEqualTo(403);
        assertThat(anonymous.get("/questions/" + q).json().get("bodyMarkdown").asString()).doesNotContain("vandalised");

        ApiClient moderator = withRole(Role.MODERATOR);
        Response noReason = moderator.patch("/posts/" + q, Map.of("body", "Tidied body."));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(moderator.patch("/posts/" + q, Map.of("body", "Tidied body.", "reason", "formatting")).status())
                .isEqualTo(200);
        assertThat(moderator.post("/answers/" + a + "/accept", null).status()).isEqualTo(200);
        assertThat(moderator.post("/posts/" + a + "/votes", Map.of("value", 1)).status()).isEqualTo(200);

        ApiClient expert = withRole(Role.EXPERT);
        assertThat(expert.patch("/posts/" + a, Map.of("body", "Clarified.", "reason", "clarity")).status()).isEqualTo(200);
        assertThat(expert.delete("/posts/" + q).status()).isEqualTo(403);

        assertThat(moderator.delete("/posts/" + q).status()).isEqualTo(204);
        assertThat(anonymous.get("/questions/" + q).status()).isEqualTo(404);
        assertThat(mallory.get("/questions/" + q).status()).isEqualTo(404);
        assertThat(moderator.get("/questions/" + q).json().get("deleted").asBoolean()).isTrue();
        assertThat(alice.post("/posts/" + q + "/undelete", null).status()).isEqualTo(403);
        assertThat(moderator.post("/posts/" + q + "/undelete", null).status()).isEqualTo(200);
        assertThat(anonymous.get("/questions/" + q).status()).isEqualTo(200);

        for (Response r : List.of(anonymous.post("/questions", question("Anonymous tries to ask")),
                anonymous.post("/questions/" + q + "/answers", Map.of("body", "x")),
                anonymous.post("/posts/" + q + "/comments", Map.of("body", "x")),
                anonymous.post("/posts/" + q + "/votes", Map.of("value", 1)),
                anonymous.post("/answers/" + a + "/accept", null),
                anonymous.patch("/posts/" + q, Map.of("body", "x")),
                anonymous.delete("/posts/" + q),
                anonymous.post("/tokens", Map.of()))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void moderatorRedactsAPartOfAPostAndItLeavesTheHistoryToo() {
        ApiClient alice = register("alice");
        long q = ask(alice, "Driver crashes with a long log attached");
        alice.patch("/posts/" + q, Map.of("body", "It crashes.\n\nSECRET-LOG-LINES\n\nAny idea?"));
        ApiClient moderator = withRole(Role.MODERATOR);
        assertThat(alice.post("/posts/" + q + "/redactions",
                Map.of("text", "SECRET-LOG-LINES", "note", "log removed by moderator: too long")).status()).isEqualTo(403);
        Response r = moderator.post("/posts/" + q + "/redactions",
                Map.of("text", "SECRET-LOG-LINES", "note", "log removed by moderator: too long"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("bodyMarkdown").asString())
                .isEqualTo("It crashes.\n\n[log removed by moderator: too long]\n\nAny idea?");
        assertThat(anonymous.get("/posts/" + q + "/revisions").body()).doesNotContain("SECRET-LOG-LINES");
        assertThat(moderator.post("/posts/" + q + "/redactions", Map.of("text", "not there", "note", "x")).status())
                .isEqualTo(422);
    }

    @Test
    void apiTokensAuthenticateUntilRevoked() {
        ApiClient alice = register("alice");
        Response created = alice.post("/tokens", Map.of("name", "my script"));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("token").asString();
        ApiClient script = anonymous.withToken(secret);
        assertThat(script.post("/questions", question("Asked through an API token")).status()).isEqualTo(201);
        JsonNode listed = alice.get("/tokens").json().get(0);
        assertThat(listed.get("name").asString()).isEqualTo("my script");
        assertThat(listed.has("token")).as("the secret is shown only once").isFalse();
        long tokenId = created.json().get("id").asLong();
        assertThat(alice.delete("/tokens/" + tokenId).status()).isEqualTo(204);
        Response refused = script.post("/questions", question("Asked after the token was revoked"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(anonymous.withToken("parley_forged").get("/questions").status()).isEqualTo(401);
    }

    @Test
    void everyLimitAnswersWithAProblemNamingTheField() {
        ApiClient alice = register("alice");
        assertProblem(alice.post("/questions", Map.of("title", "short", "body", "b", "tags", List.of("kmdf"))), 422, "title");
        assertProblem(alice.post("/questions", Map.of("title", "x".repeat(201), "body", "b", "tags", List.of("kmdf"))), 422, "title");
        assertProblem(alice.post("/questions", Map.of("title", "A perfectly fine title", "body", "", "tags", List.of("kmdf"))), 422, "body");
        assertProblem(alice.post("/questions", Map.of("title", "A perfectly fine title", "body", "b".repeat(256 * 1024 + 1),
                "tags", List.of("kmdf"))), 422, "body");
        assertThat(alice.post("/questions", Map.of("title", "A question at the body limit", "body", "b".repeat(256 * 1024),
                "tags", List.of("kmdf"))).status()).isEqualTo(201);
        assertProblem(alice.post("/questions", Map.of("title", "A perfectly fine title", "body", "b", "tags", List.of())), 422, "tags");
        assertProblem(alice.post("/questions", Map.of("title", "A perfectly fine title", "body", "b",
                "tags", List.of("a", "b", "c", "d", "e", "f"))), 422, "tags");
        assertProblem(alice.post("/questions", Map.of("title", "A perfectly fine title", "body", "b",
                "tags", List.of("-bad"))), 422, "tags");
        assertProblem(alice.post("/questions", Map.of("title", "A perfectly fine title", "body", "b",
                "tags", List.of("t".repeat(36)))), 422, "tags");

        long q = ask(alice, "A question to hang limits on");
        assertProblem(alice.post("/questions/" + q + "/answers", Map.of("body", " ")), 422, "body");
        assertProblem(alice.post("/posts/" + q + "/comments", Map.of("body", "")), 422, "body");
        assertProblem(alice.post("/posts/" + q + "/comments", Map.of("body", "c".repeat(2001))), 422, "body");
        assertThat(alice.post("/posts/" + q + "/comments", Map.of("body", "c".repeat(2000))).status()).isEqualTo(201);
        assertProblem(register("voter").post("/posts/" + q + "/votes", Map.of("value", 2)), 422, "value");
        assertProblem(anonymous.get("/questions?pageSize=101"), 422, "pageSize");
        assertProblem(anonymous.get("/questions?page=0"), 422, "page");
        assertProblem(anonymous.get("/questions?sort=loudest"), 422, "sort");
        assertProblem(anonymous.get("/questions?page=abc"), 422, "page");
        assertProblem(anonymous.post("/users", Map.of("handle", "No", "password", PASSWORD)), 422, "handle");
        assertProblem(anonymous.post("/users", Map.of("handle", handle("pw"), "password", "short")), 422, "password");
        assertProblem(anonymous.post("/users", Map.of("handle", handle("mail"), "password", PASSWORD, "email", "nope")), 422, "email");

        String taken = handle("taken");
        anonymous.post("/users", Map.of("handle", taken, "password", PASSWORD));
        assertThat(anonymous.post("/users", Map.of("handle", taken, "password", PASSWORD)).status()).isEqualTo(409);

        assertThat(alice.get("/questions/999999999").status()).isEqualTo(404);
        assertThat(alice.send("POST", "/questions", "title=x", "text/plain").status()).isEqualTo(415);
        Response malformed = alice.send("POST", "/questions", "{\"title\": [", "application/json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Response huge = alice.post("/questions", Map.of("title", "A perfectly fine title", "body", "b".repeat(2 * 1024 * 1024),
                "tags", List.of("kmdf")));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.body()).contains("larger than");
        assertThat(huge.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static void assertProblem(Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors")).as(r.toString())
                .anySatisfy(e -> assertThat(e.get("field").asString()).isEqualTo(field));
    }

    @Test
    void scriptsEventHandlersAndJavascriptLinksNeverReachBodyHtml() {
        ApiClient alice = register("alice");
        String body = """
                <script>alert(1)</script>

                <img src=x onerror=alert(1)>

                [click](javascript:alert(1)) and <a href="javascript:alert(2)">a</a>

                <div style="background:url(javascript:alert(3))" onclick="alert(4)">styled</div>
                <iframe src="https://evil.example"></iframe><svg onload=alert(5)></svg>
                <scr<script>ipt>alert(6)</script>
                """;
        Response r = alice.post("/questions", Map.of("title", "<script>alert('title')</script> injected title",
                "body", body, "tags", List.of("security")));
        assertThat(r.status()).isEqualTo(201);
        long q = r.json().get("id").asLong();
        answer(register("bob"), q, body);
        alice.post("/posts/" + q + "/comments", Map.of("body", "<img src=x onerror=alert(7)> [x](javascript:alert(8))"));
        JsonNode read = anonymous.get("/questions/" + q).json();
        List<String> html = new ArrayList<>();
        html.add(read.get("bodyHtml").asString());
        html.add(read.get("answers").get(0).get("bodyHtml").asString());
        html.add(read.get("comments").get(0).get("bodyHtml").asString());
        for (String h : html) {
            assertThat(h.toLowerCase()).doesNotContain("<script", "onerror", "onclick", "onload",
                    "<iframe", "style=", "<svg").doesNotContainPattern("(href|src)=\"?\\s*javascript:");
        }
        assertThat(html.get(0)).contains("styled").contains(">click</a>");
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        String handle = handle("victim");
        anonymous.post("/users", Map.of("handle", handle, "password", PASSWORD));
        ApiClient wrong = anonymous.as(handle, "wrong password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.post("/questions", question("Trying a wrong password")).status()).isEqualTo(401);
        }
        Response throttled = anonymous.as(handle, PASSWORD).post("/questions", question("Right password, too late"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(throttled.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aThousandConcurrentVotesFromDistinctUsersLeaveAnExactScore() throws Exception {
        ApiClient author = register("author");
        long q = ask(author, "A question a thousand people vote on");
        int voters = 1000;
        List<ApiClient> clients = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            String handle = handle("v");
            users.create(new NewAccount(handle, null, PASSWORD, null, Role.MEMBER));
            clients.add(anonymous.as(handle, PASSWORD));
        }
        Map<Integer, Integer> statuses = new HashMap<>();
        int expected = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(64)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                int value = i % 10 < 7 ? 1 : -1;
                expected += value;
                ApiClient c = clients.get(i);
                results.add(pool.submit(() -> c.post("/posts/" + q + "/votes", Map.of("value", value)).status()));
            }
            for (Future<Integer> f : results) {
                statuses.merge(f.get(), 1, Integer::sum);
            }
        }
        assertThat(statuses).containsExactly(Map.entry(200, voters));
        assertThat(anonymous.get("/questions/" + q).json().get("score").asInt()).isEqualTo(expected).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Response r = anonymous.get("/openapi");
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        assertThat(paths.has("/api/v1/questions")).isTrue();
        assertThat(paths.has("/api/v1/questions/{id}")).isTrue();
        assertThat(paths.has("/api/v1/posts/{id}/votes")).isTrue();
        assertThat(paths.get("/api/v1/posts/{id}").has("patch")).isTrue();
        JsonNode ask = paths.get("/api/v1/questions").get("post");
        assertThat(ask.get("responses").has("401")).isTrue();
        assertThat(ask.get("responses").has("422")).isTrue();
        assertThat(ask.get("responses").get("422").get("content").has("application/problem+json")).isTrue();
        assertThat(r.json().get("components").get("securitySchemes").has("token")).isTrue();
    }
}
