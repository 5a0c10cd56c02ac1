package org.parley.user;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import org.parley.problem.Conflict;
import org.parley.problem.Forbidden;
import org.parley.problem.InvalidInput;
import org.parley.problem.NotFound;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: registration, roles, placeholders for imported authors, and what login needs. */
@Service
public class UserService {

    private final UserStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserService(UserStore store, PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Self-service registration: always a member, whatever role the request names. */
    public User register(NewAccount account) {
        return create(new NewAccount(account.handle(), account.displayName(), account.password(),
                account.email(), Role.MEMBER));
    }

    /** An operator creates an account with any role (the CLI, for the first admin). */
    @Transactional
    public User create(NewAccount account) {
        account.validate();
        if (store.handleTaken(account.handle())) {
            throw new Conflict("The handle '" + account.handle() + "' is taken; choose another.");
        }
        long id = store.insert(account.handle(), account.displayName(), account.email(),
                passwords.encode(account.password()), account.role(), false, clock.instant());
        return store.findById(id).orElseThrow();
    }

    /**
     * The placeholder standing for an imported author: it owns their posts but has no password and
     * cannot log in. Created on first use, reused after.
     */
    @Transactional
    public User placeholder(String handle, String displayName) {
        return store.findByHandle(handle).orElseGet(() -> {
            if (!NewAccount.HANDLE.matcher(handle).matches()) {
                throw InvalidInput.of("handle", "placeholder handle '" + handle + "' breaks the handle rules");
            }
            long id = store.insert(handle, displayName, null, null, Role.MEMBER, true, clock.instant());
            return store.findById(id).orElseThrow();
        });
    }

    public User find(String handle) {
        return store.findByHandle(handle)
                .orElseThrow(() -> new NotFound("No user has the handle '" + handle + "'."));
    }

    /** The user with this handle, if any (importers check whether a handle is free or already theirs). */
    public Optional<User> findByHandle(String handle) {
        return store.findByHandle(handle);
    }

    /** Every account in id order, for exporters. */
    @Transactional(readOnly = true)
    public void eachUser(Consumer<User> out) {
        try (var all = store.streamAll()) {
            all.forEach(out);
        }
    }

    public Optional<User> findById(long id) {
        return store.findById(id);
    }

    /** An admin changes someone's role; an admin cannot demote the last admin. */
    @Transactional
    public User changeRole(Actor actor, String handle, Role role) {
        if (!actor.isAdmin()) {
            throw new Forbidden("Only an admin can change roles.");
        }
        return setRole(handle, role);
    }

    /** The operator's path (CLI): no actor, the machine's owner is trusted. */
    @Transactional
    public User setRole(String handle, Role role) {
        if (role == null) {
            throw InvalidInput.of("role", "must be one of member, expert, moderator, admin");
        }
        User user = find(handle);
        if (user.placeholder()) {
            throw InvalidInput.of("handle", "'" + handle + "' is an imported placeholder and cannot hold a role");
        }
        if (user.role() == Role.ADMIN && role != Role.ADMIN && store.countAdmins() == 1) {
            throw new Conflict("'" + handle + "' is the last admin; make another admin first.");
        }
        store.updateRole(user.id(), role);
        return find(handle);
    }

    @Transactional
    public void changePassword(String handle, String newPassword) {
        if (newPassword == null || newPassword.length() < NewAccount.MIN_PASSWORD
                || newPassword.length() > NewAccount.MAX_PASSWORD) {
            throw InvalidInput.of("password",
                    "must be " + NewAccount.MIN_PASSWORD + " to " + NewAccount.MAX_PASSWORD + " characters");
        }
        store.updatePasswordHash(find(handle).id(), passwords.encode(newPassword));
    }

    /** Login data for a user who may log in; empty for placeholders and unknown handles. */
    public Optional<LoginAccount> loginAccount(String handle) {
        return store.passwordHash(handle)
                .flatMap(hash -> store.findByHandle(handle).map(u -> new LoginAccount(u.asActor(), hash)));
    }
}
