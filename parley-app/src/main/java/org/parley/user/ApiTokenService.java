package org.parley.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.parley.problem.InvalidInput;
import org.parley.problem.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: issued to a signed-in user, revocable, checked on every Bearer request. */
@Service
public class ApiTokenService {

    static final String PREFIX = "parley_";
    private static final int MAX_TOKENS_PER_USER = 50;
    /** Recording last use on every request would turn each API read into a write. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(Actor actor, String name) {
        String label = name == null || name.isBlank() ? "API token" : name.strip();
        new InvalidInput.Collector()
                .check(label.length() <= 80, "name", "must be at most 80 characters")
                .check(store.listFor(actor.id()).stream().filter(t -> t.revokedAt() == null).count()
                        < MAX_TOKENS_PER_USER, "name", "you already have " + MAX_TOKENS_PER_USER
                        + " live tokens; revoke one first")
                .throwIfAny();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = store.insert(actor.id(), label, hash(secret), clock.instant());
        return new IssuedToken(store.find(actor.id(), id).orElseThrow(), secret);
    }

    public List<ApiToken> list(Actor actor) {
        return store.listFor(actor.id());
    }

    @Transactional
    public void revoke(Actor actor, long tokenId) {
        if (store.find(actor.id(), tokenId).isEmpty()) {
            throw new NotFound("You have no token with id " + tokenId + ".");
        }
        store.revoke(actor.id(), tokenId, clock.instant());
    }

    /** The actor a Bearer secret stands for, if it is a live token of a user who may log in. */
    public Optional<Actor> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return store.findLive(hash(secret)).map(owner -> {
            Instant now = clock.instant();
            if (now.toEpochMilli() - owner.lastUsedAtMillis() > TOUCH_INTERVAL.toMillis()) {
                store.touch(owner.tokenId(), now);
            }
            return owner.actor();
        });
    }

    private static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
