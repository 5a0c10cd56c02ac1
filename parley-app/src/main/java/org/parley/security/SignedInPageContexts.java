package org.parley.security;

import jakarta.servlet.http.HttpServletRequest;

import org.parley.user.Actor;
import org.parley.web.Assets;
import org.parley.web.PageContext;
import org.parley.web.PageContexts;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Page contexts from the session's signed-in user and the request's CSRF token. */
@Component
class SignedInPageContexts implements PageContexts {

    private final Assets assets;

    SignedInPageContexts(Assets assets) {
        this.assets = assets;
    }

    @Override
    public PageContext of(HttpServletRequest request) {
        Actor actor = ActorResolver.current();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String q = request.getParameter("q");
        return new PageContext(actor == null ? null : actor.handle(), actor == null ? null : actor.role().dbValue(),
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                request.getRequestURI(), q == null ? "" : q, assets);
    }
}
