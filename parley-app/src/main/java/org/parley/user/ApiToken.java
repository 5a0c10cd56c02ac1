package org.parley.user;

import java.time.Instant;

/** A personal API token as its owner sees it in a list: never the secret itself. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
