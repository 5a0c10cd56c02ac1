package org.parley.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parley.user.ApiTokenService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in API requests that carry {@code Authorization: Bearer <personal token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;

    BearerTokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var actor = tokens.authenticate(header.substring(7).trim());
            if (actor.isEmpty()) {
                ProblemWriter.write(response, 401, "Invalid token",
                        "The Bearer token is unknown or revoked; create a new one with POST /api/v1/tokens.");
                return;
            }
            var principal = new ParleyPrincipal(actor.get(), null);
            var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
