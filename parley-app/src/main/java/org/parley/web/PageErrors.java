package org.parley.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parley.problem.ParleyProblem;
import org.parley.problem.Unauthenticated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Failures inside page controllers become pages in the site's style with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final PageContexts contexts;

    PageErrors(PageContexts contexts) {
        this.contexts = contexts;
    }

    @ExceptionHandler(Unauthenticated.class)
    String unauthenticated(HttpServletRequest request) {
        // A page read shows the login form right there, with 401; a form post goes to the login page.
        return "GET".equals(request.getMethod()) ? "forward:/login" : "redirect:/login";
    }

    @ExceptionHandler(ParleyProblem.class)
    String problem(ParleyProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.valueOf(problem.status()), problem.getMessage(), request, response, model);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.NOT_FOUND, null, request, response, model);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.error("Unexpected failure on {}", request.getRequestURI(), e);
        return render(HttpStatus.INTERNAL_SERVER_ERROR, null, request, response, model);
    }

    private String render(HttpStatus status, String message, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        response.setStatus(status.value());
        model.addAttribute("ctx", contexts.of(request));
        model.addAttribute("error", ErrorView.of(status, message));
        return "web/error";
    }
}
