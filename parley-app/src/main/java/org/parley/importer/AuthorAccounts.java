package org.parley.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parley.user.Actor;
import org.parley.user.User;
import org.parley.user.UserService;

/**
 * The placeholder accounts standing for a source's authors: one per original name, anonymous authors sharing
 * one "anonymous" account. The handle is derived from the name and must be stable across runs, so a re-import
 * finds the same account: the first free candidate of {@code name}, {@code name-2}, ... that is not a real
 * account and not a placeholder for somebody else.
 */
public final class AuthorAccounts {

    static final String ANONYMOUS_HANDLE = "anonymous";
    static final String ANONYMOUS_NAME = "Anonymous";
    private static final int HANDLE_MIN = 3;
    private static final int HANDLE_MAX = 30;

    private final UserService users;
    private final Map<String, Actor> byName = new HashMap<>();
    private int created;

    public AuthorAccounts(UserService users) {
        this.users = users;
    }

    /** The account for an author name as written in the source ("" for anonymous). */
    public Actor actorFor(String name) {
        String key = name.strip();
        Actor known = byName.get(key);
        if (known != null) {
            return known;
        }
        String displayName = key.isEmpty() ? ANONYMOUS_NAME : key;
        String base = key.isEmpty() ? ANONYMOUS_HANDLE : handleFor(key);
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : withSuffix(base, "-" + n);
            Optional<User> existing = users.findByHandle(candidate);
            if (existing.isEmpty()) {
                created++;
                return remember(key, users.placeholder(candidate, displayName));
            }
            if (existing.get().placeholder() && existing.get().displayName().equals(displayName)) {
                return remember(key, existing.get());
            }
        }
    }

    /** Placeholder accounts this run created. */
    public int created() {
        return created;
    }

    private Actor remember(String key, User user) {
        Actor actor = user.asActor();
        byName.put(key, actor);
        return actor;
    }

    /**
     * "Tal Zur" → "tal_zur", "José" → "jose", "Dr. K" → "dr._k": lowercased, accents dropped, anything else
     * outside {@code [a-z0-9_.-]} replaced by "_", runs collapsed, cut to 30; names too short or with no usable
     * letter get a "user-" prefix.
     */
    static String handleFor(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String handle = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_.-]+", "_")
                .replaceAll("_{2,}", "_")
                .replaceAll("^[_.-]+|[_.-]+$", "");
        if (handle.length() < HANDLE_MIN) {
            handle = "user-" + (handle.isEmpty() ? Integer.toHexString(name.hashCode() & 0xfffff) : handle);
        }
        return handle.length() > HANDLE_MAX ? handle.substring(0, HANDLE_MAX) : handle;
    }

    private static String withSuffix(String base, String suffix) {
        return base.length() + suffix.length() > HANDLE_MAX
                ? base.substring(0, HANDLE_MAX - suffix.length()) + suffix : base + suffix;
    }
}
