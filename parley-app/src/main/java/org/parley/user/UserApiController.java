package org.parley.user;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and personal API tokens over JSON. */
@RestController
@RequestMapping("/api/v1")
class UserApiController {

    private final UserService users;
    private final ApiTokenService tokens;

    UserApiController(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    record Registration(String handle, String displayName, String password, String email) {
    }

    record PublicUser(String handle, String displayName, String role, boolean placeholder, Instant createdAt) {
        static PublicUser of(User u) {
            return new PublicUser(u.handle(), u.displayName(), u.role().dbValue(), u.placeholder(), u.createdAt());
        }
    }

    record RoleChange(String role) {
    }

    record TokenRequest(String name) {
    }

    record TokenCreated(long id, String name, Instant createdAt, String token) {
    }

    @PostMapping("/users")
    ResponseEntity<PublicUser> register(@RequestBody Registration body) {
        User user = users.register(new NewAccount(body.handle(), body.displayName(), body.password(),
                body.email(), Role.MEMBER));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.handle())).body(PublicUser.of(user));
    }

    @GetMapping("/users/{handle}")
    PublicUser user(@PathVariable String handle) {
        return PublicUser.of(users.find(handle));
    }

    @PutMapping("/users/{handle}/role")
    PublicUser changeRole(Actor actor, @PathVariable String handle, @RequestBody RoleChange body) {
        Role role = Role.parse(body.role());
        if (role == null) {
            throw org.parley.problem.InvalidInput.of("role", "must be one of member, expert, moderator, admin");
        }
        return PublicUser.of(users.changeRole(actor, handle, role));
    }

    @PostMapping("/tokens")
    ResponseEntity<TokenCreated> issueToken(Actor actor, @RequestBody(required = false) TokenRequest body) {
        IssuedToken issued = tokens.issue(actor, body == null ? null : body.name());
        ApiToken t = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + t.id()))
                .body(new TokenCreated(t.id(), t.name(), t.createdAt(), issued.secret()));
    }

    @GetMapping("/tokens")
    List<ApiToken> listTokens(Actor actor) {
        return tokens.list(actor);
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revokeToken(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }
}
