package org.parley.user;

import java.util.Map;

/** The registration form as typed, with its errors (the password is never echoed back). */
public record RegisterForm(String handle, String displayName, String email, Map<String, String> errors) {
}
