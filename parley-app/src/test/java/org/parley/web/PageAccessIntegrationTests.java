package org.parley.web;

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

/** Every page answers a logged-out reader with 200 where public and 401/403 pages elsewhere, never a trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.security.bcrypt-strength=4", "logging.level.org.parley=WARN"})
class PageAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private PageClient site;
    private long questionId;
    private long answerId;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-pages");
    }

    @BeforeEach
    void seed() {
        site = new PageClient("http://localhost:" + port);
        String handle = "owner" + System.nanoTime() % 100000;
        users.create(new NewAccount(handle, null, "owner password", null, Role.MEMBER));
        ApiClient owner = new ApiClient("http://localhost:" + port + "/api/v1").as(handle, "owner password");
        questionId = owner.post("/questions", Map.of("title", "A question for the page tests",
                "body", "Body with `code`.", "tags", List.of("pages"))).json().get("id").asLong();
        answerId = owner.post("/questions/" + questionId + "/answers", Map.of("body", "An answer.")).json().get("id").asLong();
    }

    @Test
    void publicPagesAnswer200ToALoggedOutReader() {
        for (String path : List.of("/", "/?tab=active", "/?tab=unanswered", "/?tab=top", "/questions/" + questionId
                        + "/a-question-for-the-page-tests", "/tags", "/tags/pages", "/unanswered", "/unanswered?tag=pages",
                "/search", "/search?q=code", "/search?q=%22unclosed", "/users/" + usersHandle(), "/login", "/register",
                "/posts/" + questionId + "/revisions", "/posts/" + answerId + "/revisions")) {
            Response r = site.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.contentType()).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("<html lang=\"en\">").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aReaderWhoNeverSignsInGetsNoSession() {
        // Sessions live 30 minutes: one per anonymous page view grew the heap with traffic (issue 7).
        for (String path : List.of("/", "/questions/" + questionId + "/a-question-for-the-page-tests",
                "/search?q=code", "/login")) {
            Response r = new PageClient("http://localhost:" + port).get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.raw().headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void wrongSlugsAndBareIdsRedirectToTheCanonicalAddress() {
        Response r = site.get("/questions/" + questionId + "/wrong-words");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/questions/" + questionId + "/a-question-for-the-page-tests");
    }

    @Test
    void memberPagesAnswer401WithALoginFormAndModeratorPages403() {
        for (String path : List.of("/ask", "/account/tokens", "/posts/" + questionId + "/edit", "/posts/" + questionId + "/redact")) {
            Response r = site.get(path);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.body()).as(path).contains("name=\"username\"").doesNotContain("Exception");
        }
        String member = "member" + System.nanoTime() % 100000;
        users.create(new NewAccount(member, null, "member password", null, Role.MEMBER));
        PageClient signedIn = new PageClient("http://localhost:" + port).logIn(member, "member password");
        for (String path : List.of("/posts/" + questionId + "/redact", "/posts/" + questionId + "/edit")) {
            Response r = signedIn.get(path);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.body()).as(path).contains("403").doesNotContain("Exception");
        }
    }

    @Test
    void unknownAndMalformedAddressesGetPagesNotTraces() {
        for (String path : List.of("/no-such-page", "/questions/999999", "/questions/abc", "/users/nobody-here",
                "/tags/" + "x".repeat(40))) {
            Response r = site.get(path);
            assertThat(r.status()).as(path).isBetween(400, 499);
            assertThat(r.body()).as(path).contains("<html lang=\"en\">").doesNotContain("Exception").doesNotContain("\tat ");
        }
        Response badTab = site.get("/?tab=loudest");
        assertThat(badTab.status()).isEqualTo(422);
        assertThat(badTab.body()).contains("tab: must be one of");
    }

    @Test
    void pagesCarrySecurityHeadersAndFormsCarryCsrfTokens() {
        Response r = site.get("/login");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.body()).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
        Response forged = site.postForm("/ask", Map.of("title", "x", "body", "y", "tags", "z"));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void staticAssetsHaveFingerprintedNamesAndLongCaching() {
        String page = site.get("/").body();
        var m = java.util.regex.Pattern.compile("/css/parley-[0-9a-f]{32}\\.css").matcher(page);
        assertThat(m.find()).as("fingerprinted stylesheet link in " + page).isTrue();
        Response css = site.get(m.group());
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).contains("max-age=31536000");
    }

    @Test
    void submittingTheSameFormTwiceCreatesOnePost() {
        String member = "twice" + System.nanoTime() % 100000;
        users.create(new NewAccount(member, null, "member password", null, Role.MEMBER));
        PageClient browser = new PageClient("http://localhost:" + port).logIn(member, "member password");
        String form = browser.get("/ask").body();
        var token = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        Map<String, String> fields = Map.of("title", "Submitted twice by an impatient double click",
                "body", "Only one copy should exist.", "tags", "pages", "formToken", token.group(1),
                "_csrf", browser.csrfToken("/ask"));
        Response first = browser.postForm("/ask", fields);
        Response second = browser.postForm("/ask", fields);
        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        long copies = new ApiClient("http://localhost:" + port + "/api/v1").get("/questions?pageSize=100").json()
                .get("items").valueStream().filter(q -> q.get("title").asString().startsWith("Submitted twice")).count();
        assertThat(copies).isEqualTo(1);
    }

    private String usersHandle() {
        return new ApiClient("http://localhost:" + port + "/api/v1").get("/questions/" + questionId)
                .json().get("author").get("handle").asString();
    }
}
