package org.parley.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards password logins: HTTP Basic on the API and the login form. Refuses with 429 while the
 * account or address is throttled, and records the outcome of every attempt it lets through.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = attemptedAccount(request);
        if (account == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitBeforeTrying(account, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            ProblemWriter.write(response, 429, "Too many failed logins",
                    "Too many failed logins for this account or address; try again in " + seconds + " seconds.");
            return;
        }
        chain.doFilter(request, response);
        if (failedLogin(request, response)) {
            throttle.failed(account, address);
        } else if (response.getStatus() < 400) {
            throttle.succeeded(account);
        }
    }

    private static boolean failedLogin(HttpServletRequest request, HttpServletResponse response) {
        if (isFormLogin(request)) {
            String location = response.getHeader("Location");
            return location != null && location.contains("error");
        }
        return response.getStatus() == 401;
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
    }

    /** The handle a request tries to log in as, or null when it is no password login. */
    static String attemptedAccount(HttpServletRequest request) {
        if (isFormLogin(request)) {
            return request.getParameter("username");
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
