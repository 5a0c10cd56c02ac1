package org.parley.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a successful login, go back to the page that asked for it ({@code continue} field), but
 * only ever to a path on this site, never to another host.
 */
class ContinueAfterLogin implements AuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        String target = request.getParameter("continue");
        boolean local = target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\");
        response.sendRedirect(request.getContextPath() + (local ? target : "/"));
    }
}
