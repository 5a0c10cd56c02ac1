package org.parley.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Search is fed asynchronously from the outbox (new posts are searchable within a second): tests
 * that search right after posting wait for it here rather than sleeping a fixed time.
 */
public final class Indexing {

    private Indexing() {
    }

    /** Waits until the API's similar-questions for {@code title} include a question with that title. */
    public static void awaitSimilar(ApiClient api, String title, String expected) {
        await(() -> api.get("/questions/similar?title=" + encode(title)).body().contains(expected),
                "similar questions for '" + title + "' to include '" + expected + "'");
    }

    /** Waits until a search for {@code query} finds at least one question. */
    public static void awaitSearch(ApiClient api, String query) {
        await(() -> api.get("/search?q=" + encode(query)).json().get("total").asLong() > 0,
                "a search for '" + query + "' to find something");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 10 s for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
