package org.parley.security;

import jakarta.servlet.http.HttpServletRequest;

import org.parley.user.Actor;
import org.parley.web.Assets;
import org.parley.web.InboxCounter;
import org.parley.web.PageContext;
import org.parley.web.PageContexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Page contexts from the session's signed-in user and the request's CSRF token. */
@Component
class SignedInPageContexts implements PageContexts {

    private final Assets assets;
    private final ObjectProvider<InboxCounter> inbox;

    SignedInPageContexts(Assets assets, ObjectProvider<InboxCounter> inbox) {
        this.assets = assets;
        this.inbox = inbox;
    }

    private long unread(Actor actor) {
        InboxCounter counter = inbox.getIfAvailable();
        return actor == null || counter == null ? 0 : counter.unread(actor.id());
    }

    @Override
    public PageContext of(HttpServletRequest request) {
        Actor actor = ActorResolver.current();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String q = request.getParameter("q");
        return new PageContext(actor == null ? null : actor.handle(), actor == null ? null : actor.role().dbValue(),
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                request.getRequestURI(), q == null ? "" : q, assets, unread(actor));
    }
}
