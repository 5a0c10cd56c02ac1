package org.parley.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Whatever fails outside a controller (an unknown URL, a filter's refusal) ends here: a page in
 * the site's style for people, problem+json for the API. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final PageContexts contexts;

    ErrorPages(PageContexts contexts) {
        this.contexts = contexts;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model) {
        HttpStatus status = status(request);
        model.addAttribute("ctx", contexts.of(request));
        model.addAttribute("error", ErrorView.of(status, null));
        return "web/error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, ErrorView.of(status, null).message());
        body.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static final Map<Integer, String> MESSAGES = Map.of(
            400, "The request was not understood.",
            401, "Sign in to see this page.",
            403, "Your account may not do this.",
            404, "There is nothing at this address. It may have been deleted or never existed.",
            405, "This address does not accept that kind of request.",
            413, "What you sent is too large.",
            429, "Too many attempts; wait a little and try again.");
}
