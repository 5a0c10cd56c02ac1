package org.parley.user;

import java.util.List;
import java.util.Map;

/** The tokens page: live and revoked tokens, and a secret just issued (shown once). */
public record TokensView(List<ApiToken> tokens, IssuedToken issued, Map<String, String> errors) {
}
