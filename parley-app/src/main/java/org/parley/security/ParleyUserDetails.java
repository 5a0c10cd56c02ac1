package org.parley.security;

import org.parley.user.UserService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Password login (HTTP Basic, the login form) looks accounts up here; placeholders never match. */
@Component
class ParleyUserDetails implements UserDetailsService {

    private final UserService users;

    ParleyUserDetails(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String handle) {
        return users.loginAccount(handle)
                .map(a -> new ParleyPrincipal(a.actor(), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no login for " + handle));
    }
}
