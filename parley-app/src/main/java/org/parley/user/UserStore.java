package org.parley.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for users. */
@Repository
class UserStore {

    private static final String COLUMNS = "id, handle, display_name, email, role, placeholder, created_at";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String handle, String displayName, String email, String passwordHash, Role role,
                boolean placeholder, Instant createdAt) {
        return jdbc.sql("""
                        INSERT INTO users (handle, display_name, email, password_hash, role, placeholder, created_at)
                        VALUES (:handle, :displayName, :email, :hash, :role, :placeholder, :createdAt)
                        RETURNING id""")
                .param("handle", handle)
                .param("displayName", displayName)
                .param("email", email)
                .param("hash", passwordHash)
                .param("role", role.dbValue())
                .param("placeholder", placeholder)
                .param("createdAt", createdAt.toEpochMilli())
                .query(Long.class)
                .single();
    }

    boolean handleTaken(String handle) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE handle = :handle")
                .param("handle", handle).query(Long.class).single() > 0;
    }

    Optional<User> findByHandle(String handle) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE handle = :handle")
                .param("handle", handle).query(UserStore::user).optional();
    }

    Optional<User> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .param("id", id).query(UserStore::user).optional();
    }

    /** The stored hash of a user who may log in; empty for placeholders and unknown handles. */
    Optional<String> passwordHash(String handle) {
        return jdbc.sql("SELECT password_hash FROM users WHERE handle = :handle AND placeholder = FALSE")
                .param("handle", handle).query(String.class).optional();
    }

    void updatePasswordHash(long userId, String hash) {
        jdbc.sql("UPDATE users SET password_hash = :hash WHERE id = :id")
                .param("hash", hash).param("id", userId).update();
    }

    void updateRole(long userId, Role role) {
        jdbc.sql("UPDATE users SET role = :role WHERE id = :id")
                .param("role", role.dbValue()).param("id", userId).update();
    }

    long countAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = 'admin'").query(Long.class).single();
    }

    /** Every account in id order, streamed (close the stream). */
    Stream<User> streamAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY id").query(UserStore::user).stream();
    }

    static User user(ResultSet rs, int row) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("handle"), rs.getString("display_name"),
                rs.getString("email"), Role.parse(rs.getString("role")), rs.getBoolean("placeholder"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
