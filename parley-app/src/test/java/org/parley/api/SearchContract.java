package org.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

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
 * Search through the JSON API against a real server: technical analysis (identifier parts, error
 * codes in every spelling, stack frames), query syntax, filters, the best-matching post, and
 * freshness (a new post is found within a second of its 201). Each test writes posts with words of
 * its own, so the tests do not depend on each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.security.bcrypt-strength=4", "logging.level.org.parley=WARN"})
abstract class SearchContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    ApiClient anonymous;
    ApiClient asker;
    String askerHandle;

    @BeforeEach
    void clients() {
        anonymous = new ApiClient("http://localhost:" + port + "/api/v1");
        askerHandle = "searcher-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
        users.create(new NewAccount(askerHandle, null, PASSWORD, null, Role.MEMBER));
        asker = anonymous.as(askerHandle, PASSWORD);
    }

    long ask(String title, String body, String... tags) {
        Response r = asker.post("/questions", Map.of("title", title, "body", body,
                "tags", tags.length == 0 ? List.of("kmdf") : List.of(tags)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    long answer(ApiClient by, long questionId, String body) {
        Response r = by.post("/questions/" + questionId + "/answers", Map.of("body", body));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    JsonNode search(String query) {
        return searchWith("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    JsonNode searchWith(String params) {
        Response r = anonymous.get("/search?" + params);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static List<Long> questionIds(JsonNode results) {
        List<Long> ids = new ArrayList<>();
        results.get("items").forEach(i -> ids.add(i.get("questionId").asLong()));
        return ids;
    }

    /** Waits (up to 5 s) until the search answers as expected: indexing is asynchronous. */
    JsonNode eventually(String params, Predicate<JsonNode> expected) {
        long deadline = System.currentTimeMillis() + 5_000;
        JsonNode last = searchWith(params);
        while (!expected.test(last) && System.currentTimeMillis() < deadline) {
            sleep(50);
            last = searchWith(params);
        }
        return last;
    }

    List<Long> found(String query) {
        return questionIds(eventually("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), r -> r.get("total").asLong() > 0));
    }

    void waitUntilIndexed(long questionId, String query) {
        JsonNode r = eventually("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                res -> questionIds(res).contains(questionId));
        assertThat(questionIds(r)).as("question %d indexed, searching %s", questionId, query).contains(questionId);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aNewPostIsFoundWithinOneSecondOfItsCreation() {
        long before = System.nanoTime();
        long id = ask("Freshness probe for the indexer", "The word gallimaufry appears only in this post.");
        long created = System.nanoTime();
        JsonNode r = searchWith("q=gallimaufry");
        while (!questionIds(r).contains(id) && System.nanoTime() - created < 3_000_000_000L) {
            sleep(20);
            r = searchWith("q=gallimaufry");
        }
        long millis = (System.nanoTime() - created) / 1_000_000;
        assertThat(questionIds(r)).contains(id);
        assertThat(millis).as("ms from 201 to searchable (ask took %d ms)", (created - before) / 1_000_000)
                .isLessThan(1000);
    }

    @Test
    void identifierPartsFindTheWholeIdentifier() {
        long id = ask("Reusing a request for the lower target",
                "I call WdfRequestFormatRequestUsingCurrentType and then WdfRequestSend, but the pelican driver hangs.");
        waitUntilIndexed(id, "pelican");
        for (String query : List.of("format request", "FormatRequest", "WdfRequestFormatRequestUsingCurrentType",
                "\"format request\" pelican")) {
            assertThat(found(query)).as(query).contains(id);
        }
        assertThat(found("WdfRequestFormatRequestUsingCurrentType").get(0)).isEqualTo(id);
    }

    @Test
    void errorCodesFindEachOtherInEveryForm() {
        long hex = ask("IOCTL fails on the ocelot board", "NtDeviceIoControlFile returns 0xC000000D on the ocelot board.");
        long named = ask("Completing with a status on the ocelot rig", "My EvtIoDeviceControl completes with STATUS_INVALID_PARAMETER.");
        long purge = ask("Requests fail after surprise removal", "WdfIoQueuePurge completes the ocelot requests with STATUS_INVALID_DEVICE_STATE.");
        long win32 = ask("The ocelot service gets a Win32 error", "DeviceIoControl fails with ERROR_BAD_COMMAND in the ocelot service.");
        waitUntilIndexed(win32, "ocelot service");
        assertThat(found("STATUS_INVALID_PARAMETER")).contains(hex, named);
        assertThat(found("0xC000000D")).contains(hex, named);
        assertThat(found("c000000d")).contains(hex, named);
        assertThat(found("ERROR_BAD_COMMAND")).contains(purge, win32);
        assertThat(found("STATUS_INVALID_DEVICE_STATE")).contains(purge, win32);
        assertThat(found("ERROR_INVALID_PARAMETER")).contains(hex, named);
    }

    @Test
    void pastedStackFramesFindThePost() {
        long id = ask("Bugcheck 0x9F on resume from the narwhal device", String.join("\n",
                "Stack:", "```", "0: kd> kn", " # Child-SP          RetAddr           Call Site",
                "00 fffff800`01234567 fffff800`0abcdef0 nt!KiSwapContext+0x7a",
                "01 fffff800`01234568 fffff800`0abcdef1 Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445",
                "02 fffff800`01234569 fffff800`0abcdef2 narwhal!EvtIoRead+0x12", "```"));
        waitUntilIndexed(id, "narwhal");
        assertThat(found("Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445")).contains(id);
        assertThat(found("FxIoQueue::DispatchRequestToDriver")).contains(id);
        assertThat(found("DispatchRequestToDriver")).contains(id);
        assertThat(found("DRIVER_POWER_STATE_FAILURE")).contains(id);
    }

    @Test
    void quotedPhrasesMustMatchInOrderAndExcludedWordsMustNotMatch() {
        long inOrder = ask("Ibex device and surprise removal", "The ibex device crashes after surprise removal of the hub.");
        long scattered = ask("Ibex removal happens before the surprise", "The ibex removal was no surprise at all, said the tester.");
        waitUntilIndexed(scattered, "ibex");
        assertThat(questionIds(search("\"surprise removal\" ibex"))).contains(inOrder).doesNotContain(scattered);
        assertThat(questionIds(search("ibex -tester"))).contains(inOrder).doesNotContain(scattered);
        assertThat(questionIds(search("ibex -\"surprise removal\""))).contains(scattered).doesNotContain(inOrder);
    }

    @Test
    void tagAnsweredAndUserFiltersNarrowTheResults() {
        long usb = ask("Wombat endpoint stalls on the usb side", "The wombat endpoint stalls.", "usb");
        long pci = ask("Wombat interrupts on the pci side", "The wombat interrupt storms.", "pci");
        ApiClient expert = anonymous.as(askerHandle, PASSWORD);
        long answer = answer(expert, pci, "Acknowledge the wombat interrupt in the ISR.");
        JsonNode all = eventually("q=wombat", r -> questionIds(r).containsAll(List.of(usb, pci)));
        assertThat(questionIds(all)).contains(usb, pci);
        eventually("q=wombat&answered=true", r -> questionIds(r).contains(pci));
        assertThat(questionIds(searchWith("q=wombat&tag=usb"))).contains(usb).doesNotContain(pci);
        assertThat(questionIds(search("wombat tag:pci"))).contains(pci).doesNotContain(usb);
        assertThat(questionIds(search("wombat is:answered"))).contains(pci).doesNotContain(usb);
        assertThat(questionIds(searchWith("q=wombat&answered=false"))).contains(usb).doesNotContain(pci);
        assertThat(questionIds(search("wombat is:unanswered"))).contains(usb).doesNotContain(pci);
        assertThat(questionIds(search("wombat user:" + askerHandle))).contains(usb, pci);
        assertThat(questionIds(search("wombat user:nobody-at-all"))).isEmpty();
        assertThat(answer).isPositive();
    }

    @Test
    void aHitPointsAtTheAnswerThatMatched() {
        long q = ask("Selective suspend never happens for the quokka", "The quokka device never idles out.");
        ApiClient expert = anonymous.as(askerHandle, PASSWORD);
        answer(expert, q, "Check the idle settings of the quokka.");
        long best = answer(expert, q, "Call WdfDeviceAssignS0IdleSettings with IdleCannotWakeFromS0 and the zeppelin timeout.");
        // Words first (sort=newest is lexical only): the question's vectors may find it before its answer is indexed.
        eventually("q=zeppelin+timeout&sort=newest", res -> questionIds(res).contains(q));
        JsonNode hit = searchWith("q=zeppelin+timeout").get("items").get(0);
        assertThat(hit.get("questionId").asLong()).isEqualTo(q);
        assertThat(hit.get("postId").asLong()).isEqualTo(best);
        assertThat(hit.get("postType").asString()).isEqualTo("answer");
        assertThat(hit.get("snippet").asString()).contains("<mark>zeppelin</mark>");
        assertThat(hit.get("title").asString()).isEqualTo("Selective suspend never happens for the quokka");
        assertThat(hit.has("score")).isTrue();
    }

    @Test
    void snippetsAreEscapedHtml() {
        long q = ask("Markup in a body about the axolotl", "The axolotl driver prints <script>alert(1)</script> & more.");
        JsonNode r = eventually("q=axolotl", res -> questionIds(res).contains(q));
        String snippet = r.get("items").get(0).get("snippet").asString();
        assertThat(snippet).doesNotContain("<script>").contains("&lt;script&gt;").contains("<mark>axolotl</mark>");
    }

    @Test
    void malformedQueriesAreSearchedAsText() {
        for (String query : List.of("\"unclosed", "(((", "tag:", "AND OR NOT", "-", "\"", "\\", "*?~^[]{}", "user:",
                "is:", "-\"\"", "0x", "!!", "::", "a".repeat(500))) {
            Response r = anonymous.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(r.status()).as(query + " -> " + r).isEqualTo(200);
            assertThat(r.json().get("items").isArray()).isTrue();
        }
    }

    @Test
    void badParametersAreClearProblems() {
        for (String params : List.of("q=x&sort=sideways", "q=x&page=0", "q=x&pageSize=1000", "q=x&answered=maybe",
                "q=" + "a".repeat(501))) {
            Response r = anonymous.get("/search?" + params);
            assertThat(r.status()).as(params).isBetween(400, 499);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void newestOrderAndPaging() {
        long first = ask("Capybara timing question one", "capybara one");
        long second = ask("Capybara timing question two", "capybara two");
        eventually("q=capybara", r -> questionIds(r).containsAll(List.of(first, second)));
        JsonNode newest = searchWith("q=capybara&sort=newest&pageSize=1");
        assertThat(newest.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(questionIds(newest)).containsExactly(second);
        assertThat(questionIds(searchWith("q=capybara&sort=newest&pageSize=1&page=2"))).containsExactly(first);
    }

    @Test
    void editsAndDeletionsReachTheIndex() {
        long q = ask("A post about the tapir that will go", "The tapir post mentions okra until its edit.");
        long a = answer(asker, q, "An answer mentioning the wallaby, to be deleted.");
        waitUntilIndexed(q, "wallaby");

        assertThat(asker.delete("/posts/" + a).status()).isEqualTo(204);
        assertThat(questionIds(eventually("q=wallaby&sort=newest", res -> !questionIds(res).contains(q))))
                .doesNotContain(q);

        assertThat(asker.patch("/posts/" + q, Map.of("body", "Now the post is about the dugong.")).status()).isEqualTo(200);
        // Lexical order only: the question still exists, and until its vectors are computed again its
        // old passages may stay near any word.
        eventually("q=dugong&sort=newest", res -> questionIds(res).contains(q));
        assertThat(questionIds(searchWith("q=okra&sort=newest"))).doesNotContain(q);

        assertThat(asker.delete("/posts/" + q).status()).isEqualTo(204);
        assertThat(questionIds(eventually("q=dugong", res -> !questionIds(res).contains(q)))).doesNotContain(q);
    }

    @Test
    void similarQuestionsPutAnsweredOnesFirst() {
        long open = ask("Flamingo driver leaks nonpaged pool", "The flamingo driver leaks nonpaged pool on unload.");
        long answered = ask("Nonpaged pool leak in the flamingo unload path", "Pool leak in flamingo after unload.");
        answer(anonymous.as(askerHandle, PASSWORD), answered, "Free the flamingo lookaside list in EvtDriverUnload.");
        eventually("q=flamingo&answered=true", r -> questionIds(r).contains(answered));
        Response r = anonymous.get("/questions/similar?title=" + URLEncoder.encode("flamingo pool leak on unload",
                StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().forEach(n -> ids.add(n.get("questionId").asLong()));
        assertThat(ids).contains(open, answered);
        assertThat(ids.indexOf(answered)).isLessThan(ids.indexOf(open));
    }
}
