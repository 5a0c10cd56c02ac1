package org.parley.security;

import jakarta.servlet.http.HttpServletRequest;

import org.parley.problem.Unauthenticated;
import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.parley.web.PageContext;
import org.parley.web.PageContexts;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers an {@link Actor} parameter for the signed-in user (and pages their
 * {@link PageContext}), so features depend on the
 * user module's small record and never on Spring Security types. Reads that anyone may make
 * take a {@link Viewer} instead, which may be anonymous.
 */
class ActorResolver implements HandlerMethodArgumentResolver {

    private final PageContexts pages;

    ActorResolver(PageContexts pages) {
        this.pages = pages;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Actor.class || type == Viewer.class || type == PageContext.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() == PageContext.class) {
            return pages.of(request.getNativeRequest(HttpServletRequest.class));
        }
        Actor actor = current();
        if (parameter.getParameterType() == Viewer.class) {
            return new Viewer(actor);
        }
        if (actor == null) {
            throw new Unauthenticated("Sign in (HTTP Basic or a Bearer API token) to do this.");
        }
        return actor;
    }

    static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ParleyPrincipal principal) {
            return principal.actor();
        }
        return null;
    }
}
