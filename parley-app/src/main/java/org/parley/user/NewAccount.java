package org.parley.user;

import java.util.regex.Pattern;

import org.parley.problem.InvalidInput;

/**
 * What it takes to open an account. {@link #validate()} reports every broken limit at once.
 *
 * @param password plain text; only ever hashed, never stored
 */
public record NewAccount(String handle, String displayName, String password, String email, Role role) {

    static final Pattern HANDLE = Pattern.compile("[a-z0-9_.-]{3,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 200;

    public NewAccount {
        role = role == null ? Role.MEMBER : role;
        displayName = displayName == null || displayName.isBlank() ? handle : displayName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }

    void validate() {
        new InvalidInput.Collector()
                .check(handle != null && HANDLE.matcher(handle).matches(), "handle",
                        "must be 3 to 30 characters of a-z, 0-9, '_', '.' or '-'")
                .check(displayName == null || isDisplayable(displayName), "displayName",
                        "must be 1 to 80 characters without control characters")
                .check(password != null && password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD,
                        "password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters")
                .check(email == null || (email.length() <= 254 && EMAIL.matcher(email).matches()), "email",
                        "must be an e-mail address such as name@example.org")
                .throwIfAny();
    }

    static boolean isDisplayable(String name) {
        return !name.isEmpty() && name.length() <= 80 && name.chars().noneMatch(Character::isISOControl);
    }
}
