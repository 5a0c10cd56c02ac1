package org.parley.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.parley.support.ApiClient;
import org.parley.support.ApiClient.Response;
import org.parley.support.TempSqlite;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Atom feeds, read back by ROME as a feed reader would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.security.bcrypt-strength=4", "parley.site.url=https://qa.example.org"})
class FeedIntegrationTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-feeds");
    }

    @Test
    void feedsParseWithStableIdsDatesAndEscapedContent() throws Exception {
        ApiClient api = new ApiClient("http://localhost:" + port + "/api/v1");
        api.post("/users", Map.of("handle", "feeder", "password", "feed password"));
        api.post("/users", Map.of("handle", "helper", "password", "feed password"));
        ApiClient asker = api.as("feeder", "feed password");
        ApiClient helper = api.as("helper", "feed password");
        long answered = asker.post("/questions", Map.of("title", "Feeds & <script>alert(1)</script> titles",
                "body", "Body <img src=x onerror=alert(1)> with `code`", "tags", List.of("feeds", "kmdf"))).json().get("id").asLong();
        long open = asker.post("/questions", Map.of("title", "Nobody has answered this one yet",
                "body", "Still waiting.", "tags", List.of("feeds"))).json().get("id").asLong();
        long answerId = helper.post("/questions/" + answered + "/answers", Map.of("body", "Use **WdfRequestSend**.")).json().get("id").asLong();
        asker.post("/posts/" + answerId + "/comments", Map.of("body", "Thanks, that worked."));

        ApiClient site = new ApiClient("http://localhost:" + port);
        Feed newest = parse(site.get("/feeds/questions"));
        assertThat(newest.getEntries()).extracting(Entry::getId).containsExactly(
                "https://qa.example.org/questions/" + open + "/nobody-has-answered-this-one-yet",
                "https://qa.example.org/questions/" + answered + "/feeds-script-alert-1-script-titles");
        Entry first = newest.getEntries().get(1);
        assertThat(first.getTitle()).isEqualTo("Feeds & <script>alert(1)</script> titles");
        assertThat(first.getContents().get(0).getValue()).contains("<code>code</code>").doesNotContain("onerror");
        assertThat(first.getUpdated()).isNotNull();
        assertThat(first.getPublished()).isNotNull();
        assertThat(newest.getUpdated()).isEqualTo(newest.getEntries().stream().map(Entry::getUpdated).max(java.util.Date::compareTo).get());
        assertThat(newest.getId()).isEqualTo("https://qa.example.org/feeds/questions");

        Feed unanswered = parse(site.get("/feeds/unanswered"));
        assertThat(unanswered.getEntries()).extracting(Entry::getTitle).containsExactly("Nobody has answered this one yet");

        Feed tag = parse(site.get("/feeds/tags/kmdf"));
        assertThat(tag.getEntries()).hasSize(1);
        assertThat(tag.getEntries().get(0).getCategories()).extracting(c -> c.getTerm()).contains("kmdf", "feeds");

        Feed thread = parse(site.get("/feeds/questions/" + answered));
        assertThat(thread.getEntries()).hasSize(3);
        assertThat(thread.getEntries()).extracting(Entry::getId).doesNotHaveDuplicates()
                .contains("https://qa.example.org/questions/" + answered + "/feeds-script-alert-1-script-titles#post-" + answerId);
        assertThat(thread.getEntries()).allSatisfy(e -> assertThat(e.getUpdated()).isNotNull());

        Feed again = parse(site.get("/feeds/questions/" + answered));
        assertThat(again.getEntries()).extracting(Entry::getId).isEqualTo(thread.getEntries().stream().map(Entry::getId).toList());
        assertThat(site.get("/feeds/questions/999999").status()).isEqualTo(404);
    }

    private static Feed parse(Response r) throws Exception {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/atom+xml");
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        return (Feed) input.build(new StringReader(r.body()));
    }
}
