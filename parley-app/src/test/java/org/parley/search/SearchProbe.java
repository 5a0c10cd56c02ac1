package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.parley.support.ApiClient;

/** What a reader's search finds, for tests that wait for the index to catch up with the store. */
final class SearchProbe {

    private SearchProbe() {
    }

    /** The question ids of the first page of results. */
    static List<Long> ids(ApiClient api, String query) {
        ApiClient.Response r = api.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("questionId").asLong()));
        return ids;
    }

    /** The results once they hold {@code expected}, or whatever they are after {@code millis}. */
    static List<Long> eventually(ApiClient api, String query, long expected, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        List<Long> found = ids(api, query);
        while (!found.contains(expected) && System.currentTimeMillis() < deadline) {
            sleep(50);
            found = ids(api, query);
        }
        return found;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
