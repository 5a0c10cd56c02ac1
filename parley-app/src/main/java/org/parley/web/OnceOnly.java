package org.parley.web;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a page form's action happen once per form: each form carries a random token; the first
 * submission claims it in the same transaction as the post it creates, and any later submission of
 * the same token gets the first one's result (the URL to go to) instead of a second post.
 */
@Component
public class OnceOnly {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

    private final SubmissionStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OnceOnly(SubmissionStore store, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A fresh token for a form about to be shown. */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /** Runs {@code action} unless this token already ran; returns the (first) result either way. */
    public String run(String token, long userId, Supplier<String> action) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return action.get();
        }
        try {
            return transactions.execute(status -> store.result(token).orElseGet(() -> {
                store.claim(token, userId, clock.millis());
                String result = action.get();
                store.complete(token, result);
                return result;
            }));
        } catch (DuplicateKeyException concurrentTwin) {
            // The same form was submitted twice at once; the twin committed first.
            return store.result(token).orElseThrow(() -> concurrentTwin);
        }
    }
}
