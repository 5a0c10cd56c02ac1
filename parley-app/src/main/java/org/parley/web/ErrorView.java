package org.parley.web;

import org.springframework.http.HttpStatus;

/** An error page's content: the status and a sentence a person can act on. */
public record ErrorView(int status, String title, String message) {

    public static ErrorView of(HttpStatus status, String message) {
        String text = message != null ? message
                : ErrorPages.MESSAGES.getOrDefault(status.value(),
                status.is5xxServerError() ? "Something went wrong on our side; it has been logged." : status.getReasonPhrase());
        return new ErrorView(status.value(), status.value() + " " + status.getReasonPhrase(), text);
    }
}
