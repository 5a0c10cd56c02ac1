package org.parley.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for API tokens; only SHA-256 hashes of the secrets are stored. */
@Repository
class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, Instant now) {
        return jdbc.sql("""
                        INSERT INTO api_tokens (user_id, name, token_hash, created_at)
                        VALUES (:userId, :name, :hash, :now) RETURNING id""")
                .param("userId", userId).param("name", name).param("hash", hash).param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    List<ApiToken> listFor(long userId) {
        return jdbc.sql("""
                        SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens
                        WHERE user_id = :userId ORDER BY id""")
                .param("userId", userId).query(ApiTokenStore::token).list();
    }

    Optional<ApiToken> find(long userId, long tokenId) {
        return jdbc.sql("""
                        SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens
                        WHERE user_id = :userId AND id = :id""")
                .param("userId", userId).param("id", tokenId).query(ApiTokenStore::token).optional();
    }

    int revoke(long userId, long tokenId, Instant now) {
        return jdbc.sql("""
                        UPDATE api_tokens SET revoked_at = :now
                        WHERE user_id = :userId AND id = :id AND revoked_at IS NULL""")
                .param("now", now.toEpochMilli()).param("userId", userId).param("id", tokenId).update();
    }

    /** The live token with this hash and its owner, if the owner may log in. */
    Optional<TokenOwner> findLive(String hash) {
        return jdbc.sql("""
                        SELECT t.id AS token_id, t.last_used_at, u.id, u.handle, u.role
                        FROM api_tokens t JOIN users u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.placeholder = FALSE""")
                .param("hash", hash)
                .query((rs, n) -> new TokenOwner(rs.getLong("token_id"), rs.getLong("last_used_at"),
                        new Actor(rs.getLong("id"), rs.getString("handle"), Role.parse(rs.getString("role")))))
                .optional();
    }

    void touch(long tokenId, Instant now) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
                .param("now", now.toEpochMilli()).param("id", tokenId).update();
    }

    record TokenOwner(long tokenId, long lastUsedAtMillis, Actor actor) {
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), Instant.ofEpochMilli(rs.getLong("created_at")),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
